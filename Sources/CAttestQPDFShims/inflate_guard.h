// A bound on what zlib may inflate on this thread while a guard lives (see inflate_guard.cpp).
#pragma once

#include <cstdint>

class InflateGuard {
  public:
    explicit InflateGuard(uint64_t budget);
    ~InflateGuard();
    InflateGuard(const InflateGuard &) = delete;
    InflateGuard &operator=(const InflateGuard &) = delete;

    /// Whether the budget was passed (every inflate since has failed).
    bool exceeded() const;
};
