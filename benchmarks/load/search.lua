-- wrk scenario: GET /api/v1/search?q=WORDS&limit=10, round-robin over a list of one- or two-word
-- queries taken from the seeded posts, so that searches find something and vary.
-- Usage: wrk ... -s search.lua http://HOST:PORT -- QUERIES_FILE   (one query a line)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local requests, next_request

function init(args)
   requests = {}
   for i, query in ipairs(common.read_lines(args[1])) do
      requests[i] = wrk.format("GET", "/api/v1/search?q=" .. common.encode(query) .. "&limit=10",
         { Accept = "application/json" })
   end
   next_request = common.start_index(#requests)
end

-- Requests are formatted once in init(), so that wrk spends its CPU sending them, not building them.
function request()
   next_request = next_request % #requests + 1
   return requests[next_request]
end

common.scenario("search")
