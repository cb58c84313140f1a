-- wrk scenario: GET /api/v1/posts?limit=15, the first page of the post list as a front page
-- would ask for it.
-- Usage: wrk ... -s list.lua http://HOST:PORT
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local page

function init(args)
   page = wrk.format("GET", "/api/v1/posts?limit=15", { Accept = "application/json" })
end

function request()
   return page
end

common.scenario("list")
