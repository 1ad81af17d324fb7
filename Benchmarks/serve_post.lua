-- wrk posts one file as the body of every request (Benchmarks/serve.sh):
--   wrk ... -s Benchmarks/serve_post.lua URL -- FILE CONTENT-TYPE [TOKEN]
-- With WRK_GAP_MS set, each connection waits a random time, exponentially distributed with
-- that mean in milliseconds, after each answer before it sends the next request: the offered
-- rate is then about connections / (gap + answer time), and the latencies wrk reports exclude
-- the wait (wrk starts a request's clock when it writes the request).

function init(args)
    -- Each thread has a Lua state of its own, seeded alike: a fresh table's address differs.
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 1000003)
    local file = assert(io.open(args[1], "rb"))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    file:close()
    wrk.headers["Content-Type"] = args[2]
    if args[3] and args[3] ~= "" then
        wrk.headers["Authorization"] = "Bearer " .. args[3]
    end
end

local gap = tonumber(os.getenv("WRK_GAP_MS") or "")
if gap and gap > 0 then
    -- Defined only when pacing: wrk sends at once when a script has no delay function.
    function delay()
        local wait = -gap * math.log(1 - math.random())
        -- wrk takes whole milliseconds: round at random so that the mean stays `gap`
        return math.floor(wait + math.random())
    end
end
