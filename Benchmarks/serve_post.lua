-- wrk posts one file as the body of every request (Benchmarks/serve.sh):
--   wrk ... -s Benchmarks/serve_post.lua URL -- FILE CONTENT-TYPE [TOKEN]
-- With WRK_THREAD_RATE set, each wrk thread sends that many requests per second, at random
-- times (a Poisson stream, as independent clients arrive) rather than as fast as answers come
-- back: each request is due at the thread's next slot, and whichever of the thread's
-- connections is free takes it. The rate then holds whatever the answers' latency, as long as
-- a connection is free when a slot comes; a server that cannot keep up falls behind and gets
-- its requests as fast as it answers. wrk starts a request's clock when it writes the request,
-- so the wait for a slot is not counted as latency.

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

local rate = tonumber(os.getenv("WRK_THREAD_RATE") or "")
if rate and rate > 0 then
    -- Plain Lua has no clock finer than a second; wrk's LuaJIT reaches the C library's.
    local ffi = require("ffi")
    ffi.cdef [[
        struct serve_timespec { long tv_sec; long tv_nsec; };
        int clock_gettime(int clock, struct serve_timespec *now);
    ]]
    local monotonic, now = 1, ffi.new("struct serve_timespec")
    local function milliseconds()
        ffi.C.clock_gettime(monotonic, now)
        return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
    end
    local slot

    -- Defined only when pacing: wrk sends at once when a script has no delay function.
    function delay()
        local time = milliseconds()
        slot = slot or time
        local due = slot
        slot = slot - math.log(1 - math.random()) * 1000 / rate
        -- wrk waits whole milliseconds: round at random so that the mean wait stays exact
        return math.max(0, math.floor(due - time + math.random()))
    end
end
