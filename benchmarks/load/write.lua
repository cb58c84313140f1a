-- wrk scenario: create a post, then publish it, over and over.
--   POST /api/v1/posts                  body {"title","body","tags":["load"]}  -> 201, ETag: "1"
--   POST /api/v1/posts/{id}/publish     If-Match: <that ETag>, no body         -> 200
-- Usage: LOAD_TOKEN=... wrk ... -s write.lua http://HOST:PORT -- RUN_TAG
-- RUN_TAG keeps titles apart between runs (the warm-up and the measured run), so every post
-- gets its title's own slug instead of a suffixed one.
--
-- wrk gives a script no handle on the connection a request goes out on, so the pairing goes
-- through a per-thread queue: a 201 puts the new post's id and ETag on it, and the next request
-- a connection of this thread sends publishes the oldest queued post if there is one, or creates
-- a new post otherwise. wrk asks a connection for its next request right after reading its
-- response, so in practice each connection alternates create and publish, and every post
-- created gets published exactly once (but for the few still queued when the run stops).
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local authorization, run_tag
local queue, head, tail = {}, 1, 0
local sequence = 0

-- Per-thread counters, added up by done(): created (201s), published (200s), unparsed (201s
-- without a post id, which cannot be published).
created, published, unparsed = 0, 0, 0

-- About a hundred words of Markdown with a heading, emphasis, a list and a link, so that
-- rendering, sanitizing and analysis have real work to do.
local BODY = table.concat({
   "## Notes from the load test",
   "",
   "This post was written by the *load test* of the example server. It checks that creating",
   "and publishing posts keeps up when many clients write at once, and that every write is",
   "stored, indexed and analysed like any other post.",
   "",
   "- Each post has a title of its own, so its slug is never taken.",
   "- Each post is published right after it is created, with the version it was created at.",
   "- Nothing here is meant to be read by a person, but it reads like a short article.",
   "",
   "Writing clear sentences helps readers. Short paragraphs help too. See the",
   "[project README](https://example.org/readme) for what the server does.",
}, "\\n")

function init(args)
   local token = os.getenv("LOAD_TOKEN")
   assert(token and token ~= "", "LOAD_TOKEN is not set")
   authorization = "Bearer " .. token
   run_tag = args[1] or tostring(os.time())
end

local function create_request()
   sequence = sequence + 1
   local title = string.format("Load test post %s %d %d", run_tag, tonumber(thread_index) or 0, sequence)
   local body = string.format('{"title":"%s","body":"%s","tags":["load"]}', title, BODY)
   return wrk.format("POST", "/api/v1/posts", {
      Authorization = authorization,
      ["Content-Type"] = "application/json",
      Accept = "application/json",
   }, body)
end

local function publish_request(post)
   -- An empty body still sends Content-Length: 0, which every server accepts for a POST.
   return wrk.format("POST", "/api/v1/posts/" .. common.encode(post.id) .. "/publish", {
      Authorization = authorization,
      ["If-Match"] = post.etag,
      Accept = "application/json",
   }, "")
end

function request()
   if head <= tail then
      local post = queue[head]
      queue[head] = nil
      head = head + 1
      return publish_request(post)
   end
   return create_request()
end

local function on_response(status, headers, body)
   if status == 201 then
      created = created + 1
      local id = common.top_level_field(body, "id")
      -- The ETag is the version to publish; the body's version stands in if the header is missing.
      local etag = common.header(headers, "ETag")
      if not etag then
         local version = common.top_level_field(body, "version")
         etag = version and ('"' .. version .. '"')
      end
      if id and etag then
         tail = tail + 1
         queue[tail] = { id = id, etag = etag }
      else
         unparsed = unparsed + 1
      end
   elseif status == 200 then
      published = published + 1
   end
end

common.scenario("write",
   function(status) return status == 201 or status == 200 end,
   on_response,
   { "created", "published", "unparsed" })
