-- wrk scenario: GET /api/v1/posts/by-slug/{slug}, round-robin over every seeded post, so that
-- the run reads the whole blog rather than one hot post.
-- Usage: wrk ... -s slug.lua http://HOST:PORT -- SLUGS_FILE   (one slug a line)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local requests, next_request

function init(args)
   requests = {}
   for i, slug in ipairs(common.read_lines(args[1])) do
      requests[i] = wrk.format("GET", "/api/v1/posts/by-slug/" .. common.encode(slug),
         { Accept = "application/json" })
   end
   next_request = common.start_index(#requests)
end

-- Requests are formatted once in init(), so that wrk spends its CPU sending them, not building them.
function request()
   next_request = next_request % #requests + 1
   return requests[next_request]
end

common.scenario("slug")
