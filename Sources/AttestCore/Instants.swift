import Foundation

/// How Attest writes instants: ISO 8601 in UTC for programs, day-first for people.
public enum Instants {
    /// `2026-11-25T10:00:00Z`.
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `25.11.2026 10:00:00 UTC`.
    public static func display(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d:%02d UTC", parts.day!, parts.month!, parts.year!, parts.hour!, parts.minute!, parts.second!)
    }

    /// `25.11.2026`, the day in UTC.
    public static func displayDay(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d.%02d.%04d", parts.day!, parts.month!, parts.year!)
    }

    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
