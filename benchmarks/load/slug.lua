-- wrk scenario: GET /api/v1/posts/by-slug/{slug}, round-robin over every seeded post, so that
-- the run reads the whole blog rather than one hot post.
-- Usage: wrk ... -s slug.lua http://HOST:PORT -- SLUGS_FILE   (one slug a line)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

common.round_robin(function(slug) return "/api/v1/posts/by-slug/" .. common.encode(slug) end)
common.scenario("slug")
