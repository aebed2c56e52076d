-- wrk script: POST /api/chat with the evaluation questions in turn, a new session every 20 requests per thread.
-- Usage: wrk -t2 -c32 -d5s --latency -s bench/chat.lua http://127.0.0.1:PORT -- questions.txt
local questions = {}
local counter = 0
local thread_id = 0
local next_id = 0

setup = function(thread)
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
  local session = "wrk-" .. thread_id .. "-" .. math.floor(counter / 20)
  local body = '{"sessionId":"' .. session .. '","message":' .. q .. '}'
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, body)
end
