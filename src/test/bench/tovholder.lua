-- One benchmark scenario for wrk: the request it repeats, and a JSON summary at the end.
-- Arguments (after --): method, session cookies ("-" for none; comma-separated: wrk runs one thread
-- per connection, and each thread keeps one session, as one user on one connection) or credentials sent
-- on every request instead ("Basic …" or "Bearer …"), origin ("-" for
-- none), and for POSTs
-- "book" followed by the rooms and the days to book in (comma-separated):
-- each request asks for a random room, day and slot, some free and some taken.

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

counts = {}  -- a global: done() reads it from each thread
local method, mode, rooms, days
local slots = { {"08:00", "10:00"}, {"10:00", "12:00"}, {"13:00", "15:00"} }

local function split(text)
   local parts = {}
   for part in string.gmatch(text, "[^,]+") do
      table.insert(parts, part)
   end
   return parts
end

function init(args)
   method = args[1]
   if string.sub(args[2], 1, 6) == "Basic " or string.sub(args[2], 1, 7) == "Bearer " then
      wrk.headers["Authorization"] = args[2]
   elseif args[2] ~= "-" then
      local cookies = split(args[2])
      wrk.headers["Cookie"] = cookies[(id - 1) % #cookies + 1]
   end
   if args[3] ~= "-" then wrk.headers["Origin"] = args[3] end
   mode = args[4]
   if mode == "book" then
      rooms = split(args[5])
      days = split(args[6])
      wrk.headers["Content-Type"] = "application/json"
      math.randomseed(1000 + id)
   end
end

function request()
   if mode == "book" then
      local slot = slots[math.random(#slots)]
      local body = string.format('{"roomId":%s,"day":"%s","start":"%s","end":"%s","people":8,"purpose":"Benchmark"}',
         rooms[math.random(#rooms)], days[math.random(#days)], slot[1], slot[2])
      return wrk.format("POST", nil, nil, body)
   end
   return wrk.format(method, nil)
end

local debug = os.getenv("BENCH_DEBUG") ~= nil

function response(status, headers, body)
   if debug and not counts[status] then
      io.stderr:write("first " .. status .. " (thread " .. id .. "): " .. string.sub(body or "", 1, 400) .. "\n")
   end
   counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
   local statuses = {}
   for _, thread in ipairs(threads) do
      local c = thread:get("counts")
      for status, n in pairs(c) do
         statuses[status] = (statuses[status] or 0) + n
      end
   end
   local parts = {}
   for status, n in pairs(statuses) do
      table.insert(parts, string.format('"%d":%d', status, n))
   end
   local e = summary.errors
   io.write(string.format('BENCH-JSON {"requests":%d,"duration_us":%d,"connect_errors":%d,"read_errors":%d,'
      .. '"write_errors":%d,"timeouts":%d,"p50_us":%d,"p99_us":%d,"mean_us":%.1f,"statuses":{%s}}\n',
      summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(99), latency.mean, table.concat(parts, ",")))
end
