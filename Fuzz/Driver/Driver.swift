// The libFuzzer driver. Fuzz/run builds it with -sanitize=fuzzer,address and -DFUZZING, and picks
// the target with ATTEST_FUZZ_TARGET; ATTEST_FUZZ_TARGET=list prints the targets, one per line.

import AttestFuzzTargets
import Foundation

#if FUZZING
/// The target ATTEST_FUZZ_TARGET names; checked before libFuzzer starts, so that a wrong name
/// leaves no crash file behind.
private let target = FuzzTargets.all[ProcessInfo.processInfo.environment["ATTEST_FUZZ_TARGET"] ?? ""]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target!(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`; this one hands over to libFuzzer.
@_cdecl("attest_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    guard target != nil else {
        if ProcessInfo.processInfo.environment["ATTEST_FUZZ_TARGET"] == "list" {
            print(FuzzTargets.names.joined(separator: "\n"))
            return 0
        }
        FileHandle.standardError.write(Data("ATTEST_FUZZ_TARGET must be one of: \(FuzzTargets.names.joined(separator: ", "))\n".utf8))
        return 64
    }
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
enum FuzzUsage {
    static func main() {
        print("Build and run the fuzz targets with Fuzz/run TARGET SECONDS; targets: \(FuzzTargets.names.joined(separator: ", "))")
    }
}
#endif
