-- Paces wrk's connections to RATE requests/s in all (env RATE, CONNECTIONS): each connection waits a random
-- 0-2x its share of the interval before its next request, so the calls do not arrive in lock step.
local rate = tonumber(os.getenv("RATE"))
local connections = tonumber(os.getenv("CONNECTIONS"))
local mean_ms = 1000 * connections / rate

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function delay()
  return math.floor(math.random() * 2 * mean_ms)
end
