-- Shared by the wrk scenario scripts of benchmarks/load (slug.lua, list.lua, search.lua,
-- write.lua). Each scenario loads it with:
--
--   local common = dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")
--
-- wrk runs one Lua state per thread plus a main one: setup() and done() run in the main state,
-- request() and response() in the thread states. So counters live as globals of each thread's
-- state, and done() adds them up through the thread objects that setup() kept, as wrk's own
-- examples do.

local common = {}

-- Reads the non-empty lines of a file into a list; fails loudly when there are none, because a
-- scenario with nothing to request would measure nothing.
function common.read_lines(path)
   assert(path, "missing file argument (pass it after -- on the wrk command line)")
   local lines = {}
   for line in io.lines(path) do
      if line ~= "" then
         lines[#lines + 1] = line
      end
   end
   assert(#lines > 0, "no lines in " .. path)
   return lines
end

-- Percent-encodes everything but RFC 3986 unreserved characters, so a slug or a query can go
-- into a path or a query string as it is.
function common.encode(s)
   return (s:gsub("[^%w%-%._~]", function(c)
      return string.format("%%%02X", c:byte())
   end))
end

-- The value of a header, whatever case the server spells its name in (the JDK's HTTP server
-- sends "Etag", others "ETag").
function common.header(headers, name)
   local wanted = name:lower()
   for k, v in pairs(headers) do
      if k:lower() == wanted then
         return v
      end
   end
   return nil
end

-- The value of a top-level field of a JSON object (a string's content or a number's text).
-- Only depth 1 counts, so an "id" inside a nested object (an author, a tag) is never taken for
-- the post's own.
function common.top_level_field(json, key)
   local depth, i = 0, 1
   while true do
      local at = json:find('[{}%[%]"]', i)
      if not at then
         return nil
      end
      local c = json:sub(at, at)
      if c == '"' then
         -- Skip to the closing quote, stepping over escaped characters.
         local j = at + 1
         local close
         while true do
            local q = json:find('["\\]', j)
            if not q then
               return nil
            end
            if json:sub(q, q) == "\\" then
               j = q + 2
            else
               close = q
               break
            end
         end
         if depth == 1 and json:sub(at + 1, close - 1) == key then
            local value_at = json:match("^%s*:%s*()", close + 1)
            if value_at then
               -- A string after a colon is the key's value; anything else a number or a literal.
               return json:match('^"([^"]*)"', value_at) or json:match("^([%w%.%-+]+)", value_at)
            end
         end
         i = close + 1
      else
         if c == "{" or c == "[" then
            depth = depth + 1
         else
            depth = depth - 1
         end
         i = at + 1
      end
   end
end

-- Defines the wrk callbacks setup(), response() and done() for a scenario.
--   name:        the scenario's name in the RESULT line
--   expected:    a function(status) that says whether a status is the expected one; nil for a
--                read scenario, which then defines no response() at all: handing every body to
--                Lua would cost wrk as much CPU as the server spends answering, on a machine the
--                two share, so wrk's own count of statuses of 400 and above is used instead
--   on_response: optional function(status, headers, body) for scenario-specific work
--   extras:      optional list of further per-thread counter names (globals of the thread
--                states) to add up and print as name=value after the fixed fields
--
-- done() prints one line:
--   RESULT <name> <req_per_s> <p50_ms> <p99_ms> <non2xx> <errors> requests=<n> [extra=<n> ...]
-- where non2xx counts responses whose status was not the expected one and errors counts wrk's
-- socket errors (connect, read, write) and timeouts.
function common.scenario(name, expected, on_response, extras)
   extras = extras or {}
   local threads = {}

   -- Per-thread counters: globals of each thread's Lua state, read back by done().
   non2xx = 0
   for _, counter in ipairs(extras) do
      _G[counter] = 0
   end

   function setup(thread)
      -- The index lets each thread start its round-robin at a different place.
      thread:set("thread_index", #threads)
      threads[#threads + 1] = thread
   end

   if expected then
      function response(status, headers, body)
         if not expected(status) then
            non2xx = non2xx + 1
         end
         if on_response then
            on_response(status, headers, body)
         end
      end
   end

   function done(summary, latency, requests)
      local bad, totals = 0, {}
      for _, counter in ipairs(extras) do
         totals[counter] = 0
      end
      for _, thread in ipairs(threads) do
         bad = bad + (thread:get("non2xx") or 0)
         for _, counter in ipairs(extras) do
            totals[counter] = totals[counter] + (thread:get(counter) or 0)
         end
      end
      local e = summary.errors
      if not expected then
         bad = e.status
      end
      local errors = e.connect + e.read + e.write + e.timeout
      local seconds = summary.duration / 1e6
      local line = string.format("RESULT %s %.1f %.2f %.2f %d %d requests=%d",
         name, summary.requests / seconds,
         latency:percentile(50) / 1000, latency:percentile(99) / 1000,
         bad, errors, summary.requests)
      for _, counter in ipairs(extras) do
         line = line .. string.format(" %s=%d", counter, totals[counter])
      end
      io.write(line .. "\n")
   end
end

-- Defines init() and request() for a scenario that walks, round-robin, over the lines of the file
-- given after -- on the wrk command line: to_path(line) makes the path a line stands for. The
-- requests are formatted once in init(), so that wrk spends its CPU sending them, not building them.
function common.round_robin(to_path)
   local requests, next_request

   function init(args)
      requests = {}
      for i, line in ipairs(common.read_lines(args[1])) do
         requests[i] = wrk.format("GET", to_path(line), { Accept = "application/json" })
      end
      next_request = common.start_index(#requests)
   end

   function request()
      next_request = next_request % #requests + 1
      return requests[next_request]
   end
end

-- Where a thread starts its round-robin over a list of count entries, so that threads do not walk
-- the list in step: thread i starts i * 7919 (a prime) entries in, wrapped. thread_index is set
-- by setup() before the thread's init() runs.
function common.start_index(count)
   local index = tonumber(thread_index) or 0
   return (index * 7919) % count
end

return common
