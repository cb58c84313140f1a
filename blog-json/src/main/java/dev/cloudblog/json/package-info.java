/** JSON forms of the API's values, shared by providers that store or send them. */
package dev.cloudblog.json;
