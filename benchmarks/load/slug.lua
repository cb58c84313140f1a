-- wrk scenario: GET /api/v1/posts/by-slug/{slug}, round-robin over every seeded post, so that
-- the run reads the whole blog rather than one hot post.
-- Usage: wrk ... -s slug.lua http://HOST:PORT -- SLUGS_FILE   (one slug a line)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local paths, next_path

function init(args)
   paths = {}
   for i, slug in ipairs(common.read_lines(args[1])) do
      paths[i] = "/api/v1/posts/by-slug/" .. common.encode(slug)
   end
   next_path = common.start_index(#paths)
end

function request()
   next_path = next_path % #paths + 1
   return wrk.format("GET", paths[next_path], { Accept = "application/json" })
end

common.scenario("slug", function(status) return status == 200 end)
