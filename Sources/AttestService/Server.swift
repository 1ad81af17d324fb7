import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import Metrics
import NIOCore

/// How the HTTP server listens and how long it waits.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// Seconds a request's head may take to arrive.
    public var headerTimeout: Double
    /// Seconds a connection may stay idle.
    public var idleTimeout: Double
    /// Connections held at once; more wait in the listen queue.
    public var maxConnections: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, headerTimeout: Double = 10, idleTimeout: Double = 60,
                maxConnections: Int = 512) {
        (self.host, self.port, self.headerTimeout, self.idleTimeout, self.maxConnections) = (host, port, headerTimeout, idleTimeout, maxConnections)
    }
}

/// The API served over HTTP/1.1 by Hummingbird: one structured log line and the metrics of each
/// request. The server is a `Service`: the caller runs it in its service group, which owns the
/// process's signals.
public enum Server {
    /// The Hummingbird application serving `api`; `onListening` gets the bound host and port.
    public static func application(
        _ api: API, settings: ServerSettings, logger: Logger,
        onListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void
    ) -> some ApplicationProtocol {
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            await respond(to: request, api: api, logger: logger)
        }
        let headerTimeout = TimeAmount.nanoseconds(Int64(settings.headerTimeout * 1e9))
        return Application(
            responder: responder,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [ReadSize(), HeaderDeadline.handler(timeout: headerTimeout)],
                idleTimeout: .nanoseconds(Int64(settings.idleTimeout * 1e9)))),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(settings.maxConnections)),
            onServerRunning: { channel in
                await onListening(settings.host, channel.localAddress?.port ?? settings.port)
            },
            logger: logger)
    }

    /// `nanoseconds` in seconds to four decimals, rounded: "0.0096".
    static func seconds(_ nanoseconds: Int64) -> String {
        let tenThousandths = (max(nanoseconds, 0) + 50_000) / 100_000
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    private static func respond(to request: Request, api: API, logger: Logger) async -> Response {
        let started = ContinuousClock.now
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { "\($0), \(field.value)" } ?? field.value
        }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil {
            query[String(key)] = String(value)
        }
        let head = RequestHead(method: request.method.rawValue, path: request.uri.path, query: query, headers: headers)
        let body = request.body
        let declared = headers["content-length"].flatMap { Int($0) } ?? 0
        let (answer, route) = await api.answer(head) { limit in
            // Sized once from Content-Length (within the limit): a large upload is not copied as it grows.
            var collected = ByteBufferAllocator().buffer(capacity: min(max(declared, 0), limit))
            for try await chunk in body {
                guard collected.readableBytes + chunk.readableBytes <= limit else { throw ServiceError.bodyTooLarge(limit: limit) }
                var chunk = chunk
                collected.writeBuffer(&chunk)
            }
            return collected
        }

        var fields = HTTPFields()
        for pair in answer.headers where pair.count == 2 {
            if let name = HTTPField.Name(pair[0]) { fields.append(HTTPField(name: name, value: pair[1])) }
        }
        let status = answer.status
        let elapsed = ContinuousClock.now - started
        let nanoseconds = Int64(elapsed.components.seconds) * 1_000_000_000 + Int64(elapsed.components.attoseconds / 1_000_000_000)
        logger.info("request", metadata: [
            "method": .string(head.method), "route": .string(route), "status": .stringConvertible(status),
            "duration": .string(Self.seconds(nanoseconds)),
            "request": .string(answer.headers.last(where: { $0.first == "X-Request-Id" })?.last ?? ""),
        ])
        Counter(label: "attest_http_requests_total", dimensions: [("route", route), ("method", head.method), ("status", String(status))]).increment()
        Metrics.Timer(label: "attest_http_request_duration_seconds", dimensions: [("route", route)]).recordNanoseconds(nanoseconds)
        let isHead = request.method == .head
        return Response(status: HTTPResponse.Status(code: status), headers: fields,
                        body: isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
