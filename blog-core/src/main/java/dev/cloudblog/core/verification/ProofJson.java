package dev.cloudblog.core.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.ContentProof;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link ContentProof}, for handing proofs to third parties:
 *
 * <pre>
 * {"format":"cloudblog-proof/1","postId":"…","revision":2,"leafIndex":17,"leafHash":"base64",
 *  "inclusionPath":["base64",…],
 *  "checkpoint":{"origin":"…","treeSize":32,"rootHash":"base64","signedNote":"…"},
 *  "anchors":[{"anchorer":"local","network":"…","reference":"…","anchoredAt":"2030-01-01T00:00:00Z",
 *               "details":{"…":"…"}}]}
 * </pre>
 *
 * An anchor's {@code details} may be left out when it has none.
 *
 * Thread-safe.
 */
public final class ProofJson {

    /** The value of the {@code format} member this class writes and reads. */
    public static final String FORMAT = "cloudblog-proof/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProofJson() {
    }

    /** The JSON text of a proof. */
    public static String write(ContentProof proof) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("format", FORMAT)
                .put("postId", proof.postId())
                .put("revision", proof.revision())
                .put("leafIndex", proof.leafIndex())
                .put("leafHash", proof.leafHash());
        ArrayNode path = json.putArray("inclusionPath");
        proof.inclusionPath().forEach(path::add);
        Checkpoint checkpoint = proof.checkpoint();
        json.putObject("checkpoint")
                .put("origin", checkpoint.origin())
                .put("treeSize", checkpoint.treeSize())
                .put("rootHash", checkpoint.rootHash())
                .put("signedNote", checkpoint.signedNote());
        ArrayNode anchors = json.putArray("anchors");
        for (Anchor anchor : proof.anchors()) {
            ObjectNode details = anchors.addObject()
                    .put("anchorer", anchor.anchorer())
                    .put("network", anchor.network())
                    .put("reference", anchor.reference())
                    .put("anchoredAt", anchor.anchoredAt().toString())
                    .putObject("details");
            anchor.details().forEach(details::put);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /**
     * Reads a proof.
     *
     * @throws IllegalArgumentException naming the member that is missing or of the wrong type
     */
    public static ContentProof read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the proof is not JSON: " + e.getOriginalMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the proof must be a JSON object");
        }
        if (!FORMAT.equals(json.path("format").asText())) {
            throw new IllegalArgumentException("the proof's format must be '" + FORMAT + "'");
        }
        JsonNode checkpoint = object(json, "checkpoint");
        List<Anchor> anchors = new ArrayList<>();
        for (JsonNode anchor : array(json, "anchors")) {
            anchors.add(new Anchor(text(anchor, "anchorer"), text(anchor, "network"), text(anchor, "reference"),
                    instant(anchor, "anchoredAt"), details(anchor)));
        }
        List<String> path = new ArrayList<>();
        for (JsonNode hash : array(json, "inclusionPath")) {
            if (!hash.isTextual()) {
                throw new IllegalArgumentException("inclusionPath must hold base64 strings");
            }
            path.add(hash.asText());
        }
        return new ContentProof(text(json, "postId"), number(json, "revision"), number(json, "leafIndex"),
                text(json, "leafHash"), path,
                new Checkpoint(text(checkpoint, "origin"), number(checkpoint, "treeSize"),
                        text(checkpoint, "rootHash"), text(checkpoint, "signedNote")),
                anchors);
    }

    private static Map<String, String> details(JsonNode anchor) {
        JsonNode details = anchor.get("details");
        if (details == null) {
            return Map.of();
        }
        if (!details.isObject()) {
            throw new IllegalArgumentException("an anchor's 'details' must be an object of strings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : details.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException("the anchor detail '" + entry.getKey() + "' must be a string");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static JsonNode object(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("the proof needs an object '" + name + "'");
        }
        return value;
    }

    private static JsonNode array(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("the proof needs an array '" + name + "'");
        }
        return value;
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the proof needs a string '" + name + "'");
        }
        return value.asText();
    }

    private static long number(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("the proof needs a whole number '" + name + "'");
        }
        return value.asLong();
    }

    private static Instant instant(JsonNode json, String name) {
        try {
            return Instant.parse(text(json, name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO-8601 instant", e);
        }
    }
}
