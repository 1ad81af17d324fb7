import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request head has not arrived within `timeout` of its first byte (or
/// of the connection, for the first request): a client that sends a byte a second holds nothing
/// for long. Two handlers share the watch: one at the front of the pipeline sees bytes arrive,
/// one after the HTTP decoder sees the head complete and the answer end. An answer that says
/// `Connection: close` (a body refused unread) closes the connection once it is sent, rather
/// than reading the body it refused.
final class HeaderDeadline: @unchecked Sendable {
    // Touched only on the connection's event loop.
    private var awaitingHead = true
    private var timer: Scheduled<Void>?
    let timeout: TimeAmount

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    /// The handler that goes after HTTP decoding; it puts the byte watch in front when added.
    static func handler(timeout: TimeAmount) -> any RemovableChannelHandler {
        HeadWatch(deadline: HeaderDeadline(timeout: timeout))
    }

    fileprivate func arm(_ context: ChannelHandlerContext) {
        guard awaitingHead, timer == nil else { return }
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
    }

    fileprivate func headArrived() {
        awaitingHead = false
        timer?.cancel()
        timer = nil
    }

    fileprivate func answered() {
        awaitingHead = true
    }

    fileprivate func stop() {
        timer?.cancel()
        timer = nil
    }
}

/// Sees raw bytes arrive: the first byte of a request starts its deadline.
private final class ByteWatch: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    let deadline: HeaderDeadline

    init(deadline: HeaderDeadline) {
        self.deadline = deadline
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deadline.arm(context)
        context.fireChannelRead(data)
    }
}

/// Sees the request head complete and the answer end.
private final class HeadWatch: ChannelDuplexHandler, RemovableChannelHandler {
    /// Whether the answer being written says `Connection: close`.
    private var closing = false
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart
    let deadline: HeaderDeadline

    init(deadline: HeaderDeadline) {
        self.deadline = deadline
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.pipeline.syncOperations.addHandler(ByteWatch(deadline: deadline), position: .first)
        deadline.arm(context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline.stop()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { deadline.headArrived() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            closing = head.headerFields[.connection]?.lowercased() == "close"
        case .end where closing:
            let written = promise ?? context.eventLoop.makePromise()
            let channel = context.channel
            written.futureResult.whenComplete { _ in channel.close(promise: nil) }
            context.write(data, promise: written)
            return
        case .end:
            deadline.answered()
        default:
            break
        }
        context.write(data, promise: promise)
    }
}
