import FoundationEssentials

/// How Attest writes instants: ISO 8601 in UTC for programs, day-first for people.
public enum Instants {
    /// `2026-11-25T10:00:00Z`.
    public static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `25.11.2026 10:00:00 UTC`.
    public static func display(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return "\(zeroPadded(parts.day!, 2)).\(zeroPadded(parts.month!, 2)).\(zeroPadded(parts.year!, 4)) "
            + "\(zeroPadded(parts.hour!, 2)):\(zeroPadded(parts.minute!, 2)):\(zeroPadded(parts.second!, 2)) UTC"
    }

    /// `25.11.2026`, the day in UTC.
    public static func displayDay(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return "\(zeroPadded(parts.day!, 2)).\(zeroPadded(parts.month!, 2)).\(zeroPadded(parts.year!, 4))"
    }

    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }
}

/// `value` in decimal with leading zeros up to `width` digits: zeroPadded(7, 2) is "07".
package func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
