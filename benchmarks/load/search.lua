-- wrk scenario: GET /api/v1/search?q=WORDS&limit=10, round-robin over a list of one- or two-word
-- queries taken from the seeded posts, so that searches find something and vary.
-- Usage: wrk ... -s search.lua http://HOST:PORT -- QUERIES_FILE   (one query a line)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

common.round_robin(function(query) return "/api/v1/search?q=" .. common.encode(query) .. "&limit=10" end)
common.scenario("search")
