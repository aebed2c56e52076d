-- wrk script: POST /api/chat with the evaluation questions in turn, in 256 sessions per thread.
-- Usage: wrk -t2 -c32 -d5s --latency -s bench/chat.lua http://127.0.0.1:PORT -- questions.txt
-- Several nodes: WRK_NODES=127.0.0.1:18180,127.0.0.1:18181 sends each wrk thread to one node in turn, as a load
-- balancer spreading connections would.
local questions = {}
local counter = 0
local thread_id = 0
local next_id = 0
local nodes = {}

for node in string.gmatch(os.getenv("WRK_NODES") or "", "[^,]+") do
  local host, port = string.match(node, "([^:]+):(%d+)")
  table.insert(nodes, wrk.lookup(host, port)[1])
end

setup = function(thread)
  if #nodes > 0 then
    thread.addr = nodes[(next_id % #nodes) + 1]
  end
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

init = function(args)
  for line in io.lines(args[1]) do
    table.insert(questions, line)
  end
end

request = function()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  -- 256 sessions in turn, each for 20 turns: never two requests of one session in flight at once (a resident
  -- waits for the answer; the service takes one session's messages one at a time)
  local session = "wrk-" .. thread_id .. "-" .. (counter % 256) .. "-" .. math.floor(counter / 5120)
  local body = '{"sessionId":"' .. session .. '","message":' .. q .. '}'
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, body)
end
