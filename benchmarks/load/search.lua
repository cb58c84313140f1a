-- wrk scenario: GET /api/v1/search?q=WORDS&limit=10, round-robin over a list of one- or two-word
-- queries taken from the seeded posts, so that searches find something and vary.
-- Usage: wrk ... -s search.lua http://HOST:PORT -- QUERIES_FILE   (one query a line)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local paths, next_path

function init(args)
   paths = {}
   for i, query in ipairs(common.read_lines(args[1])) do
      paths[i] = "/api/v1/search?q=" .. common.encode(query) .. "&limit=10"
   end
   next_path = common.start_index(#paths)
end

function request()
   next_path = next_path % #paths + 1
   return wrk.format("GET", paths[next_path], { Accept = "application/json" })
end

common.scenario("search", function(status) return status == 200 end)
