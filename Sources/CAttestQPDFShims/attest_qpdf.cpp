// libAttestPDF.so, qpdf behind two C functions (attest_pdf.h; attest loads the library on the
// first PDF and takes them from attest_pdf_plugin_v3): the file is read by qpdf, and every content
// stream a page shows (its own, and the forms, tiling patterns, Type 3 glyphs and annotation
// appearances it paints) by qpdf's own content-stream parser; this file only follows the graphics
// state to know where images land, within a budget of operations.

// qpdf 11 asks its users to say how far they have moved off its PointerHolder; we use none of it.
#define POINTERHOLDER_TRANSITION 4

#include "attest_pdf_plugin.h"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/InputSource.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QUtil.hh>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <stdexcept>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sys/stat.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

/// The blocks of a file one thread's PreadInputSource keeps: a PDF is read at both ends (header and
/// objects at the start, cross-reference table and trailer at the end) and at the end of each
/// stream, so a few small blocks hold all a scan's reading. Per thread, so no file allocates its
/// own, and one inspection runs on a thread at a time.
struct BlockCache {
    static constexpr qpdf_offset_t BLOCK = 4096;
    static constexpr int SLOTS = 8;
    struct Slot {
        qpdf_offset_t block;
        size_t length;
        uint64_t used;
        char bytes[BLOCK];
    };
    Slot slots[SLOTS];
    uint64_t clock;

    void clear() {
        for (auto &slot : slots) {
            slot.block = -1;
            slot.length = 0;
            slot.used = 0;
        }
        clock = 0;
    }
};

thread_local BlockCache block_cache;

/// Reads the upload with pread through the thread's BlockCache: qpdf reads a PDF in many small
/// pieces, and through a FILE* each piece costs an lseek and a locked fread.
class PreadInputSource : public InputSource {
  public:
    /// `head`: the file's first bytes, already read by the caller (may be empty).
    PreadInputSource(int fd, qpdf_offset_t size, const unsigned char *head, size_t head_length)
        : fd(fd), size(size), name("upload"), cache(block_cache) {
        cache.clear();
        if (head_length > 0 && (head_length >= static_cast<size_t>(BlockCache::BLOCK) || head_length == static_cast<size_t>(size))) {
            auto &slot = cache.slots[0];
            slot.block = 0;
            slot.length = std::min(head_length, static_cast<size_t>(BlockCache::BLOCK));
            std::memcpy(slot.bytes, head, slot.length);
        }
    }

    qpdf_offset_t findAndSkipNextEOL() override {
        // As qpdf's FileInputSource does: find the next CR or LF, then step past every CR and LF.
        // The bytes are looked at where they lie in the cache, a block at a time; the last offset
        // is left where the byte-by-byte reading left it: at the returned position.
        qpdf_offset_t eol = -1;
        while (position < size) {
            qpdf_offset_t block = position / BlockCache::BLOCK;
            const BlockCache::Slot &slot = load(block);
            size_t offset = static_cast<size_t>(position - block * BlockCache::BLOCK);
            if (offset >= slot.length) break;
            for (; offset < slot.length; offset++, position++) {
                bool end_of_line = slot.bytes[offset] == '\r' || slot.bytes[offset] == '\n';
                if (eol < 0 && end_of_line) eol = position;
                if (eol >= 0 && !end_of_line) {
                    last_offset = position;
                    return eol;
                }
            }
        }
        last_offset = position;
        return eol >= 0 ? eol : position;
    }

    std::string const &getName() const override { return name; }

    qpdf_offset_t tell() override { return position; }

    void seek(qpdf_offset_t offset, int whence) override {
        qpdf_offset_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? position : size;
        qpdf_offset_t target = base + offset;
        if (target < 0) throw std::runtime_error("seek before the start of the file");
        position = target;
    }

    void rewind() override { position = 0; }

    size_t read(char *buffer, size_t length) override {
        last_offset = position;
        // Most reads lie in the block the last one used.
        if (recent != nullptr && position / BlockCache::BLOCK == recent->block) {
            size_t offset = static_cast<size_t>(position - recent->block * BlockCache::BLOCK);
            if (offset + length <= recent->length) {
                recent->used = ++cache.clock;
                std::memcpy(buffer, recent->bytes + offset, length);
                position += static_cast<qpdf_offset_t>(length);
                return length;
            }
        }
        size_t copied = 0;
        while (copied < length && position < size) {
            qpdf_offset_t block = position / BlockCache::BLOCK;
            const BlockCache::Slot &slot = load(block);
            size_t offset = static_cast<size_t>(position - block * BlockCache::BLOCK);
            if (offset >= slot.length) break;
            size_t count = std::min(length - copied, slot.length - offset);
            std::memcpy(buffer + copied, slot.bytes + offset, count);
            copied += count;
            position += static_cast<qpdf_offset_t>(count);
        }
        return copied;
    }

    void unreadCh(char) override {
        if (position > 0) position--;
    }

  private:
    int fd;
    qpdf_offset_t size;
    std::string name;
    qpdf_offset_t position = 0;
    BlockCache &cache;
    BlockCache::Slot *recent = nullptr;

    /// The slot holding `block`, read into the least recently used slot if none does.
    BlockCache::Slot &load(qpdf_offset_t block) {
        BlockCache::Slot *oldest = &cache.slots[0];
        for (auto &slot : cache.slots) {
            if (slot.block == block) {
                slot.used = ++cache.clock;
                recent = &slot;
                return slot;
            }
            if (slot.used < oldest->used) oldest = &slot;
        }
        ssize_t count;
        do {
            count = pread(fd, oldest->bytes, BlockCache::BLOCK, block * BlockCache::BLOCK);
        } while (count < 0 && errno == EINTR);
        if (count < 0) throw std::runtime_error(std::string("read error: ") + std::strerror(errno));
        oldest->block = block;
        oldest->length = static_cast<size_t>(count);
        oldest->used = ++cache.clock;
        recent = oldest;
        return *oldest;
    }
};

/// A PDF transformation [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f.
struct Matrix {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

    /// `m` applied first, then this: the CTM after `m cm`.
    Matrix after(const Matrix &m) const {
        return Matrix{m.a * a + m.b * c, m.a * b + m.b * d, m.c * a + m.d * c, m.c * b + m.d * d,
                      m.e * a + m.f * c + e, m.e * b + m.f * d + f};
    }
};

bool matrix_from(std::vector<QPDFObjectHandle> &values, Matrix &matrix) {
    if (values.size() != 6) return false;
    double number[6];
    for (size_t i = 0; i < 6; i++) {
        if (!values[i].isNumber()) return false;
        number[i] = values[i].getNumericValue();
        if (!std::isfinite(number[i])) return false;
    }
    matrix = Matrix{number[0], number[1], number[2], number[3], number[4], number[5]};
    return true;
}

int integer_of(QPDFObjectHandle object) {
    return object.isInteger() ? static_cast<int>(object.getIntValue()) : 0;
}

/// A pipeline that counts what a stream decodes to, and stops the decoding past `limit`; with
/// `reader`, it hands the bytes on to it as they come.
class CountingPipeline final : public Pipeline {
  public:
    using Reader = std::function<void(unsigned char const *, size_t)>;

    explicit CountingPipeline(size_t limit, Reader reader = nullptr)
        : Pipeline("attest count", nullptr), limit(limit), reader(std::move(reader)) {}

    void write(unsigned char const *bytes, size_t length) override {
        count += length;
        if (count > limit) {
            over = true;
            throw std::length_error("more than the budget");
        }
        if (reader) reader(bytes, length);
    }

    void finish() override {}

    size_t count = 0;
    bool over = false;

  private:
    size_t limit;
    Reader reader;
};

/// The bytes qpdf may decode to read one document: content streams (each time one is parsed) and
/// object streams. qpdf decodes a stream whole in memory, so a compressed stream of a megabyte
/// can unpack to gigabytes; each is measured in a streaming pass before qpdf holds it, decoded
/// as far as qpdf decodes it to read it (RunLength too).
struct DecodeBudget {
    size_t remaining;
    bool exceeded = false;

    /// Spends what `stream` decodes to; false, for good, once the budget would be passed.
    bool spend(QPDFObjectHandle stream) {
        if (exceeded) return false;
        if (!stream.isStream()) return true;
        CountingPipeline counter(remaining);
        try {
            stream.pipeStreamData(&counter, 0, qpdf_dl_specialized, true);
        } catch (...) {
            // A damaged stream: qpdf's own reading reports it; only the count matters here.
        }
        if (counter.over) {
            exceeded = true;
            return false;
        }
        remaining -= counter.count;
        return true;
    }

    /// Spends every object stream of `pdf`, before any object inside one is read.
    bool spendObjectStreams(QPDF &pdf) { return spendObjectStreams(pdf, pdf.getXRefTable()); }

    bool spendObjectStreams(QPDF &pdf, const std::map<QPDFObjGen, QPDFXRefEntry> &xref) {
        std::set<int> streams;
        for (auto &entry : xref) {
            if (entry.second.getType() == 2) streams.insert(entry.second.getObjStreamNumber());
        }
        for (int number : streams) {
            if (!spend(pdf.getObject(number, 0))) return false;
        }
        return true;
    }
};

/// What a certificate's streams may unpack to while its signature is read.
constexpr uint64_t signature_decode_budget = 32u << 20;

/// Thrown when a document's streams would unpack to more than its budget.
struct DecodeBudgetExceeded : std::exception {
    const char *what() const noexcept override { return "its streams unpack to more than the budget"; }
};

bool is_name(QPDFObjectHandle object, const char *name);

/// A stream's encoded bytes as they lie in the file, from `start` up to `end`, handed to qpdf's
/// decoders a block at a time (so a stream of any length costs no more memory than a block).
class FileRange final : public QPDFObjectHandle::StreamDataProvider {
  public:
    FileRange(InputSource &file, qpdf_offset_t start, qpdf_offset_t end) : file(file), start(start), end(end) {}

    void provideStreamData(QPDFObjGen const &, Pipeline *pipeline) override {
        char block[8192];
        for (qpdf_offset_t at = start; at < end;) {
            file.seek(at, SEEK_SET);
            size_t count = file.read(block, static_cast<size_t>(std::min<qpdf_offset_t>(sizeof block, end - at)));
            if (count == 0) break;
            pipeline->write(reinterpret_cast<unsigned char *>(block), count);
            at += static_cast<qpdf_offset_t>(count);
        }
        pipeline->finish();
    }

  private:
    InputSource &file;
    qpdf_offset_t start;
    qpdf_offset_t end;
};

/// The streams qpdf 11.3 decodes while it opens a file, measured before it does, within one
/// budget. Opening, qpdf reads the cross-reference sections it finds from `startxref` on (a
/// table's trailer leads to its /XRefStm and /Prev, a cross-reference stream's dictionary to its
/// /Prev), decoding each cross-reference stream whole; and an object it resolves meanwhile (the
/// /Encrypt dictionary, say) may lie in an object stream, which it then decodes whole too. So this
/// follows the same sections the same way, with qpdf's own tokenizer and parser, and measures
/// every cross-reference stream among them and every object stream they list, each decoded in a
/// streaming pass through a CountingPipeline. What qpdf does not find this way it recovers by
/// scanning the file, which decodes nothing.
///
/// A value these sections need (a /Prev, a /Filter) given by reference is read where the sections
/// say that object lies; one inside an object stream cannot be known before qpdf decodes that
/// stream, and the file is refused as damaged (the standard wants such values direct).
class OpeningBudget {
  public:
    OpeningBudget(std::shared_ptr<InputSource> file, uint64_t budget) : file(file), remaining(budget) {}

    enum class Verdict {
        fits,        ///< Those streams decode to no more than the budget in all.
        too_large,   ///< They decode to more.
        unfollowable ///< A section needs a value inside an object stream.
    };

    Verdict verdict() {
        try {
            findHeader();
            try {
                std::vector<qpdf_offset_t> pending{startxref()};
                while (!pending.empty()) {
                    qpdf_offset_t offset = pending.back();
                    pending.pop_back();
                    if (offset == 0 || !sections.insert(offset).second) continue;
                    for (qpdf_offset_t next : readSection(offset)) pending.push_back(next);
                }
            } catch (const std::exception &) {
                // A section qpdf cannot read either: it recovers by scanning the file, which
                // decodes nothing, but keeps what it read before.
            }
            if (!object_streams.empty()) noteTables();
            for (int number : object_streams) {
                auto found = locations.find(QPDFObjGen(number, 0));
                if (found == locations.end() || found->second < 0) continue;
                try {
                    QPDFObjectHandle dictionary;
                    qpdf_offset_t data = 0;
                    if (readStreamObject(found->second, dictionary, data)) measure(dictionary, data, nullptr);
                } catch (const std::exception &) {
                    // One qpdf cannot read either.
                }
            }
        } catch (const OverBudget &) {
            return Verdict::too_large;
        } catch (const Unfollowable &) {
            return Verdict::unfollowable;
        } catch (const std::exception &) {
        }
        return Verdict::fits;
    }

  private:
    /// Thrown past the budget, and for a value inside an object stream: not std::exceptions, so
    /// that only verdict() catches them.
    struct OverBudget {};
    struct Unfollowable {};

    std::shared_ptr<InputSource> file;
    uint64_t remaining;
    qpdf_offset_t base = 0;  // where "%PDF-" is: qpdf counts every offset from there
    qpdf_offset_t size = 0;
    QPDFTokenizer tokenizer;
    std::unique_ptr<QPDF> scratch;  // a context for indirect references, and for streams to measure
    std::set<qpdf_offset_t> sections;
    std::set<int> object_streams;  // listed by a cross-reference stream
    // Where each object lies, -1 inside an object stream; the first section that lists an object
    // wins, as in qpdf.
    std::map<QPDFObjGen, qpdf_offset_t> locations;
    // Where the entries of each table read start. They are read only when an object has to be
    // found (most files need none, and a table is the longest part of a small file to read).
    std::vector<qpdf_offset_t> tables;
    size_t tables_noted = 0;

    QPDF &context() {
        if (!scratch) {
            scratch = std::make_unique<QPDF>();
            scratch->setSuppressWarnings(true);
        }
        return *scratch;
    }

    /// Where `needle` next starts at or after `from` (in the file's own offsets), or -1.
    qpdf_offset_t find(const char *needle, qpdf_offset_t from) {
        size_t length = std::strlen(needle);
        char block[4096];
        for (qpdf_offset_t at = from; at < size;) {
            file->seek(at, SEEK_SET);
            size_t count = file->read(block, sizeof block);
            if (count < length) return -1;
            for (const char *hit = block; (hit = static_cast<const char *>(std::memchr(hit, needle[0], count - length + 1 - (hit - block)))) != nullptr; hit++) {
                if (std::memcmp(hit, needle, length) == 0) return at + (hit - block);
            }
            at += static_cast<qpdf_offset_t>(count - length + 1);
        }
        return -1;
    }

    QPDFTokenizer::Token token() { return tokenizer.readToken(file, "attest"); }

    static bool is_word(const QPDFTokenizer::Token &token, const char *word) {
        return token.getType() == QPDFTokenizer::tt_word && token.getValue() == word;
    }

    static bool is_offset(QPDFObjectHandle value) { return value.isInteger() && value.getIntValue() >= 0; }

    QPDFObjectHandle parse() {
        bool empty = false;
        return QPDFObjectHandle::parse(file, "attest", tokenizer, empty, nullptr, &context());
    }

    /// As qpdf's findHeader: the first "%PDF-" in the first 1,024 bytes that is followed by a
    /// version (digits, ".", a digit).
    void findHeader() {
        file->seek(0, SEEK_END);
        size = file->tell();
        char head[1024 + 16] = {};
        file->seek(0, SEEK_SET);
        size_t count = file->read(head, sizeof head);
        for (size_t at = 0; at + 5 <= 1024 && at + 5 <= count; at++) {
            if (std::memcmp(head + at, "%PDF-", 5) != 0) continue;
            size_t digit = at + 5;
            while (digit < count && QUtil::is_digit(head[digit])) digit++;
            if (digit > at + 5 && digit + 1 < count && head[digit] == '.' && QUtil::is_digit(head[digit + 1])) {
                base = static_cast<qpdf_offset_t>(at);
                return;
            }
        }
    }

    /// As qpdf's parse: the number after the last "startxref" (followed by an integer) that starts
    /// in the last 1,054 bytes; 0 when there is none.
    qpdf_offset_t startxref() {
        qpdf_offset_t end = size - base;
        qpdf_offset_t from = end > 1054 ? end - 1054 : 0;
        std::string tail(static_cast<size_t>(end - from), '\0');
        file->seek(base + from, SEEK_SET);
        tail.resize(file->read(tail.data(), tail.size()));
        for (size_t at = tail.rfind("startxref"); at != std::string::npos;
             at = at == 0 ? std::string::npos : tail.rfind("startxref", at - 1)) {
            file->seek(base + from + static_cast<qpdf_offset_t>(at), SEEK_SET);
            if (!is_word(token(), "startxref")) continue;
            QPDFTokenizer::Token number = token();
            if (number.isInteger()) return QUtil::string_to_ll(number.getValue().c_str());
        }
        return 0;
    }

    /// Reads the cross-reference section at `offset` as qpdf's read_xref does; returns the
    /// offsets of the sections it leads to.
    std::vector<qpdf_offset_t> readSection(qpdf_offset_t offset) {
        file->seek(base + offset, SEEK_SET);
        char ch = 0;
        while (file->read(&ch, 1) == 1 && QUtil::is_space(ch)) {}
        char keyword[5] = {ch, 0, 0, 0, 0};
        file->read(keyword + 1, 4);
        if (std::memcmp(keyword, "xref", 4) != 0 || !QUtil::is_space(keyword[4])) return {readCrossReferenceStream(offset)};
        tables.push_back(file->tell());
        // The entries hold digits, spaces, "n" and "f": qpdf's trailer is the first "trailer"
        // after them. One that names neither /XRefStm nor /Prev before the next "startxref" (no
        // "#" either, which may spell a name another way) leads nowhere, and is not parsed.
        qpdf_offset_t trailer = find("trailer", file->tell());
        if (trailer < 0) throw std::runtime_error("no trailer");
        qpdf_offset_t end = find("startxref", trailer);
        if (end >= 0 && end - trailer < 4096) {
            std::string text(static_cast<size_t>(end - trailer), '\0');
            file->seek(trailer, SEEK_SET);
            text.resize(file->read(text.data(), text.size()));
            if (text.find("/Prev") == std::string::npos && text.find("/XRefStm") == std::string::npos &&
                text.find('#') == std::string::npos) {
                return {};
            }
        }
        file->seek(trailer + 7, SEEK_SET);
        QPDFObjectHandle dictionary = parse();
        if (!dictionary.isDictionary()) throw std::runtime_error("xref trailer");
        std::vector<qpdf_offset_t> next;
        QPDFObjectHandle streams = direct(dictionary.getKey("/XRefStm"));
        if (is_offset(streams)) readCrossReferenceStream(streams.getIntValue());
        QPDFObjectHandle previous = direct(dictionary.getKey("/Prev"));
        if (is_offset(previous)) next.push_back(previous.getIntValue());
        return next;
    }

    /// Notes the entries of the tables read so far (objects in use), up to their "trailer".
    void noteTables() {
        for (; tables_noted < tables.size(); tables_noted++) {
            try {
                file->seek(tables[tables_noted], SEEK_SET);
                for (QPDFTokenizer::Token first = token(); !is_word(first, "trailer"); first = token()) {
                    QPDFTokenizer::Token count = token();
                    if (!first.isInteger() || !count.isInteger()) break;
                    long long number = QUtil::string_to_ll(first.getValue().c_str());
                    for (long long index = 0; index < QUtil::string_to_ll(count.getValue().c_str()); index++) {
                        QPDFTokenizer::Token offset = token();
                        QPDFTokenizer::Token generation = token();
                        QPDFTokenizer::Token kind = token();
                        if (!offset.isInteger() || !generation.isInteger() || !kind.isWord()) throw std::runtime_error("xref entry");
                        if (kind.getValue() == "n") {
                            note(number + index, QUtil::string_to_ll(generation.getValue().c_str()),
                                 QUtil::string_to_ll(offset.getValue().c_str()));
                        }
                    }
                }
            } catch (const std::exception &) {
                // The entries read stand; qpdf stops at the same place.
            }
        }
    }

    /// Notes where an object lies (`offset`, or -1 inside an object stream).
    void note(long long number, long long generation, long long offset) {
        if (number < 0 || number > INT32_MAX || generation < 0 || generation > INT32_MAX || offset < -1) return;
        locations.emplace(QPDFObjGen(static_cast<int>(number), static_cast<int>(generation)), offset);
    }

    /// The cross-reference stream at `offset`, measured and its entries noted; returns its /Prev.
    qpdf_offset_t readCrossReferenceStream(qpdf_offset_t offset) {
        QPDFObjectHandle dictionary;
        qpdf_offset_t data = 0;
        // qpdf compares the type as a name, #-escapes decoded, as parse gives it here.
        if (!readStreamObject(offset, dictionary, data) || !is_name(direct(dictionary.getKey("/Type")), "/XRef")) {
            throw std::runtime_error("xref not found");
        }
        Entries entries(*this, dictionary);
        measure(dictionary, data, [&](unsigned char const *bytes, size_t length) { entries.read(bytes, length); });
        QPDFObjectHandle previous = direct(dictionary.getKey("/Prev"));
        return is_offset(previous) ? previous.getIntValue() : 0;
    }

    /// "N G obj", a dictionary and "stream" at `offset`: the dictionary, and where the data starts
    /// (after "stream" and its end of line, skipped as qpdf's readStream skips it).
    bool readStreamObject(qpdf_offset_t offset, QPDFObjectHandle &dictionary, qpdf_offset_t &data) {
        file->seek(base + offset, SEEK_SET);
        if (!token().isInteger() || !token().isInteger() || !is_word(token(), "obj")) return false;
        dictionary = parse();
        if (!dictionary.isDictionary() || !is_word(token(), "stream")) return false;
        for (char ch = 0; file->read(&ch, 1) == 1;) {
            if (ch == '\n') break;
            if (ch == '\r') {
                if (file->read(&ch, 1) == 1 && ch != '\n') file->unreadCh(ch);
                break;
            }
            if (!QUtil::is_space(ch)) {
                file->unreadCh(ch);
                break;
            }
        }
        data = file->tell();
        return true;
    }

    /// `value` with every reference in it replaced by the object it names, read where the
    /// sections say it lies (null where they do not say), as qpdf resolves it.
    QPDFObjectHandle direct(QPDFObjectHandle value, int depth = 0) {
        if (depth > 16) throw std::runtime_error("references too deep");
        if (value.isIndirect()) {
            noteTables();
            auto found = locations.find(value.getObjGen());
            if (found == locations.end()) return QPDFObjectHandle::newNull();
            if (found->second < 0) throw Unfollowable();
            file->seek(base + found->second, SEEK_SET);
            if (!token().isInteger() || !token().isInteger() || !is_word(token(), "obj")) return QPDFObjectHandle::newNull();
            return direct(parse(), depth + 1);
        }
        if (value.isArray()) {
            QPDFObjectHandle array = QPDFObjectHandle::newArray();
            for (auto &item : value.getArrayAsVector()) array.appendItem(direct(item, depth + 1));
            return array;
        }
        if (value.isDictionary()) {
            QPDFObjectHandle dictionary = QPDFObjectHandle::newDictionary();
            for (auto &[key, item] : value.getDictAsMap()) dictionary.replaceKey(key, direct(item, depth + 1));
            return dictionary;
        }
        return value;
    }

    /// Decodes the stream whose data starts at `data` (as qpdf does, RunLength included) only to
    /// count it, spending the budget; throws OverBudget past it. The data ends where
    /// /Length says when "endstream" follows there; otherwise qpdf would resolve /Length or
    /// recover it by searching, so all the file after the data start is decoded (a decoder stops
    /// at the end of its own data, and no longer length makes it produce less).
    void measure(QPDFObjectHandle dictionary, qpdf_offset_t data, CountingPipeline::Reader reader) {
        qpdf_offset_t end = size;
        QPDFObjectHandle length = dictionary.getKey("/Length");
        if (!length.isIndirect() && is_offset(length) && length.getIntValue() <= size - data) {
            file->seek(data + length.getIntValue(), SEEK_SET);
            if (is_word(token(), "endstream")) end = data + length.getIntValue();
        }
        QPDFObjectHandle stream = context().newStream();
        stream.replaceStreamData(std::make_shared<FileRange>(*file, data, end), direct(dictionary.getKey("/Filter")),
                                 direct(dictionary.getKey("/DecodeParms")));
        CountingPipeline counter(remaining, std::move(reader));
        try {
            stream.pipeStreamData(&counter, 0, qpdf_dl_specialized, true);
        } catch (...) {
            // Damaged data: qpdf stops there too; only the count matters.
        }
        if (counter.over) throw OverBudget();
        remaining -= counter.count;
    }

    /// The entries of a cross-reference stream, read as it is decoded: each object's location
    /// noted, and the object streams that hold the others.
    class Entries {
      public:
        Entries(OpeningBudget &budget, QPDFObjectHandle dictionary) : budget(budget) {
            QPDFObjectHandle widths = budget.direct(dictionary.getKey("/W"));
            if (!widths.isArray() || widths.getArrayNItems() < 3) return;
            for (int i = 0; i < 3; i++) {
                QPDFObjectHandle item = widths.getArrayItem(i);
                if (!item.isInteger() || item.getIntValue() < 0 || item.getIntValue() > 8) return;
                width[i] = static_cast<size_t>(item.getIntValue());
            }
            QPDFObjectHandle ranges = budget.direct(dictionary.getKey("/Index"));
            if (ranges.isArray()) {
                for (auto &item : ranges.getArrayAsVector()) index.push_back(item.isInteger() ? item.getIntValue() : 0);
            } else {
                QPDFObjectHandle count = budget.direct(dictionary.getKey("/Size"));
                index = {0, count.isInteger() ? count.getIntValue() : 0};
            }
            size = width[0] + width[1] + width[2];
            if (!index.empty()) number = index[0];
        }

        void read(unsigned char const *bytes, size_t length) {
            for (size_t at = 0; size > 0 && at < length; at++) {
                entry[filled++] = bytes[at];
                if (filled < size) continue;
                filled = 0;
                while (range + 1 < index.size() && number >= index[range] + index[range + 1]) {
                    range += 2;
                    if (range < index.size()) number = index[range];
                }
                if (range + 1 >= index.size()) return;
                unsigned long long field[3] = {1, 0, 0};  // a missing type field means 1
                for (size_t i = 0, byte = 0; i < 3; i++) {
                    if (width[i] == 0) continue;
                    field[i] = 0;
                    for (size_t end = byte + width[i]; byte < end; byte++) field[i] = field[i] << 8 | entry[byte];
                }
                if (field[0] == 1 && field[1] <= static_cast<unsigned long long>(budget.size) && field[2] <= INT32_MAX) {
                    budget.note(number, static_cast<long long>(field[2]), static_cast<long long>(field[1]));
                } else if (field[0] == 2 && field[1] <= INT32_MAX) {
                    budget.object_streams.insert(static_cast<int>(field[1]));
                    budget.note(number, 0, -1);
                }
                number++;
            }
        }

      private:
        OpeningBudget &budget;
        size_t width[3] = {};
        size_t size = 0;  // of an entry; 0 when /W is not usable
        std::vector<long long> index;
        size_t range = 0;
        long long number = 0;
        unsigned char entry[24];
        size_t filled = 0;
    };
};

/// The `length` bytes at `bytes` (not copied; they must outlive the source), as processMemoryFile
/// reads them.
std::shared_ptr<InputSource> memory_file(const char *name, const unsigned char *bytes, size_t length) {
    return std::make_shared<BufferInputSource>(name, new Buffer(const_cast<unsigned char *>(bytes), length), true);
}

/// Opens `pdf` from `file` once the streams qpdf decodes while opening it are measured within
/// `budget`; past it, throws DecodeBudgetExceeded and qpdf never reads the file.
void open_within(QPDF &pdf, std::shared_ptr<InputSource> file, uint64_t budget) {
    switch (OpeningBudget(file, budget).verdict()) {
    case OpeningBudget::Verdict::fits: break;
    case OpeningBudget::Verdict::too_large: throw DecodeBudgetExceeded();
    case OpeningBudget::Verdict::unfollowable:
        throw QPDFExc(qpdf_e_damaged_pdf, file->getName(), "", 0, "a cross-reference section refers into an object stream");
    }
    pdf.processInputSource(file);
}

bool is_name(QPDFObjectHandle object, const char *name) {
    return object.isName() && object.getName() == name;
}

/// One operator of a content stream that bears on what the page shows, with its operands.
struct Op {
    enum Kind : uint8_t {
        Save,          ///< q
        Restore,       ///< Q
        Concat,        ///< cm: numbers[number ...+6]
        PaintXObject,  ///< Do: names[name]
        InlineImage,   ///< BI ... EI, not a mask: width and height at numbers[number ...+2]
        FillPattern,   ///< scn with a pattern's name: names[name]
        StrokePattern, ///< SCN likewise
        FillColour,    ///< any other fill colour (cs, sc, scn, g, rg, k)
        StrokeColour,  ///< any other stroke colour
        Fill,          ///< f F f*
        Stroke,        ///< S s
        FillStroke,    ///< B B* b b*
        BeginText,     ///< BT
        Font,          ///< Tf: names[name], size numbers[number]
        TextMatrix,    ///< Tm: numbers[number ...+6]
        TextScale,     ///< Tz: numbers[number]
        RenderMode,    ///< Tr: numbers[number]
        ShowText,      ///< Tj ' " TJ: the distinct codes shown, texts[name]
    };
    Kind kind;
    uint32_t name;
    uint32_t number;
};

/// A content stream read once: the operators that bear on what it shows, kept so that a form, a
/// pattern or a glyph drawn many times is parsed and decoded once.
struct Program {
    std::vector<Op> ops;
    std::vector<double> numbers;
    std::vector<std::string> names;
    std::vector<std::string> texts;
    /// Every operator of the stream (what walking it costs), and every operand (what reading it
    /// cost), up to the operation budget left when it was read.
    uint64_t operators = 0;
    uint64_t operands = 0;
};

/// What the painters of one document share.
struct Walk {
    std::vector<attest_pdf_image> &images;
    const attest_pdf_limits &limits;
    DecodeBudget budget;
    std::set<QPDFObjGen> streams_in_use;
    std::map<QPDFObjGen, std::unique_ptr<Program>> programs;
    uint64_t operations = 0;
    uint32_t reached = 0;  // attest_pdf_limit flags

    /// Whether the walk must stop: a budget is spent.
    bool stopped() const { return budget.exceeded || (reached & ATTEST_PDF_LIMIT_OPERATIONS) != 0; }

    /// Counts `count` operations; false, for good, once that would pass max_operations.
    bool charge(uint64_t count) {
        if (stopped()) return false;
        if (count > limits.max_operations - operations) {
            operations = limits.max_operations;
            reached |= ATTEST_PDF_LIMIT_OPERATIONS;
            return false;
        }
        operations += count;
        return true;
    }

    /// The program of `stream`, read on first use (its decoded bytes spent then); null once stopped.
    const Program *program(QPDFObjectHandle stream);

    /// Reads a content stream into `program` by `parse` (given a Recorder) and charges its operands.
    template <typename Parse> bool read(Program &program, Parse parse);
};

/// Reads a content stream into a Program; stops once its operands and operators would pass the
/// operation budget left (charging them would then stop the walk).
class Recorder : public QPDFObjectHandle::ParserCallbacks {
  public:
    Recorder(Program &program, uint64_t budget) : program(program), budget(budget) {}

    void handleObject(QPDFObjectHandle object) override {
        if (program.operands + program.operators >= budget) {
            program.operands++;  // one past the budget: charging the program fails
            terminateParsing();
            return;
        }
        if (object.isInlineImage()) {
            program.operands++;
            recordInlineImage();
            return;
        }
        if (!object.isOperator()) {
            program.operands++;
            // No operator takes more than a few operands; a run of thousands is not content.
            if (operands.size() >= max_operands) operands.clear();
            operands.push_back(object);
            return;
        }
        program.operators++;
        record(object.getOperatorValue());
        operands.clear();
    }

    void handleEOF() override {}

  private:
    static constexpr size_t max_operands = 1024;
    Program &program;
    uint64_t budget;
    std::vector<QPDFObjectHandle> operands;
    std::vector<QPDFObjectHandle> inline_dictionary;

    void emit(Op::Kind kind, uint32_t name = 0, uint32_t number = 0) { program.ops.push_back(Op{kind, name, number}); }

    uint32_t name(const std::string &text) {
        program.names.push_back(text);
        return static_cast<uint32_t>(program.names.size() - 1);
    }

    /// The numbers of the operands, when there are `count` and all are finite numbers.
    bool numbers(size_t count) {
        if (operands.size() != count) return false;
        for (auto &operand : operands) {
            if (!operand.isNumber() || !std::isfinite(operand.getNumericValue())) return false;
        }
        for (auto &operand : operands) program.numbers.push_back(operand.getNumericValue());
        return true;
    }

    uint32_t next_number() const { return static_cast<uint32_t>(program.numbers.size()); }

    void record(const std::string &op) {
        if (op == "q") {
            emit(Op::Save);
        } else if (op == "Q") {
            emit(Op::Restore);
        } else if (op == "cm" || op == "Tm") {
            uint32_t at = next_number();
            if (numbers(6)) emit(op == "cm" ? Op::Concat : Op::TextMatrix, 0, at);
        } else if (op == "Do") {
            if (operands.size() == 1 && operands[0].isName()) emit(Op::PaintXObject, name(operands[0].getName()));
        } else if (op == "ID") {
            inline_dictionary = operands;  // the key/value pairs between BI and ID
        } else if (op == "scn" || op == "SCN") {
            bool fill = op == "scn";
            if (!operands.empty() && operands.back().isName()) {
                emit(fill ? Op::FillPattern : Op::StrokePattern, name(operands.back().getName()));
            } else {
                emit(fill ? Op::FillColour : Op::StrokeColour);
            }
        } else if (op == "cs" || op == "sc" || op == "g" || op == "rg" || op == "k") {
            emit(Op::FillColour);
        } else if (op == "CS" || op == "SC" || op == "G" || op == "RG" || op == "K") {
            emit(Op::StrokeColour);
        } else if (op == "f" || op == "F" || op == "f*") {
            emit(Op::Fill);
        } else if (op == "S" || op == "s") {
            emit(Op::Stroke);
        } else if (op == "B" || op == "B*" || op == "b" || op == "b*") {
            emit(Op::FillStroke);
        } else if (op == "BT") {
            emit(Op::BeginText);
        } else if (op == "Tf") {
            if (operands.size() == 2 && operands[0].isName() && operands[1].isNumber() &&
                std::isfinite(operands[1].getNumericValue())) {
                uint32_t at = next_number();
                program.numbers.push_back(operands[1].getNumericValue());
                emit(Op::Font, name(operands[0].getName()), at);
            }
        } else if (op == "Tz" || op == "Tr") {
            uint32_t at = next_number();
            if (numbers(1)) emit(op == "Tz" ? Op::TextScale : Op::RenderMode, 0, at);
        } else if (op == "Tj" || op == "'" || op == "\"" || op == "TJ") {
            recordText(op == "TJ");
        }
    }

    /// The distinct codes a text-showing operator shows: which glyphs, not where.
    void recordText(bool array) {
        if (operands.empty()) return;
        bool shown[256] = {};
        auto add = [&](QPDFObjectHandle string) {
            if (!string.isString()) return;
            for (unsigned char code : string.getStringValue()) shown[code] = true;
        };
        if (array) {
            if (!operands.back().isArray()) return;
            for (auto &item : operands.back().getArrayAsVector()) add(item);
        } else {
            add(operands.back());
        }
        std::string codes;
        for (int code = 0; code < 256; code++) {
            if (shown[code]) codes.push_back(static_cast<char>(code));
        }
        program.texts.push_back(codes);
        emit(Op::ShowText, static_cast<uint32_t>(program.texts.size() - 1));
    }

    void recordInlineImage() {
        int width = 0, height = 0;
        bool mask = false;
        for (size_t i = 0; i + 1 < inline_dictionary.size(); i += 2) {
            if (!inline_dictionary[i].isName()) continue;
            const std::string key = inline_dictionary[i].getName();
            QPDFObjectHandle value = inline_dictionary[i + 1];
            if (key == "/W" || key == "/Width") width = integer_of(value);
            if (key == "/H" || key == "/Height") height = integer_of(value);
            if ((key == "/IM" || key == "/ImageMask") && value.isBool()) mask = value.getBoolValue();
        }
        inline_dictionary.clear();
        // Stencil masks paint a colour through the image; they are not scans.
        if (mask) return;
        uint32_t at = next_number();
        program.numbers.push_back(width);
        program.numbers.push_back(height);
        emit(Op::InlineImage, 0, at);
    }
};

template <typename Parse> bool Walk::read(Program &program, Parse parse) {
    if (stopped()) return false;
    Recorder recorder(program, limits.max_operations - operations);
    parse(recorder);
    return charge(program.operands);
}

const Program *Walk::program(QPDFObjectHandle stream) {
    QPDFObjGen id = stream.getObjGen();
    auto known = programs.find(id);
    if (known != programs.end()) return known->second.get();
    if (stopped() || !budget.spend(stream)) return nullptr;
    auto program = std::make_unique<Program>();
    if (!read(*program, [&](Recorder &recorder) { stream.parseAsContents(&recorder); })) return nullptr;
    return programs.emplace(id, std::move(program)).first->second.get();
}

/// A matrix operand array ([a b c d e f]); the identity when absent or not six finite numbers.
Matrix matrix_at(QPDFObjectHandle dictionary, const char *key) {
    Matrix matrix;
    QPDFObjectHandle values = dictionary.getKey(key);
    if (values.isArray()) {
        std::vector<QPDFObjectHandle> numbers = values.getArrayAsVector();
        if (!matrix_from(numbers, matrix)) matrix = Matrix{};
    }
    return matrix;
}

/// A rectangle [x1 y1 x2 y2] with its corners put in order: left, bottom, right, top.
bool rectangle_from(QPDFObjectHandle array, double rectangle[4]) {
    if (!array.isArray() || array.getArrayNItems() != 4) return false;
    for (int i = 0; i < 4; i++) {
        QPDFObjectHandle item = array.getArrayItem(i);
        if (!item.isNumber() || !std::isfinite(item.getNumericValue())) return false;
        rectangle[i] = item.getNumericValue();
    }
    if (rectangle[0] > rectangle[2]) std::swap(rectangle[0], rectangle[2]);
    if (rectangle[1] > rectangle[3]) std::swap(rectangle[1], rectangle[3]);
    return true;
}

/// Where an annotation's appearance form lands on the page (PDF 32000-1, 12.5.5): its /BBox,
/// transformed by its /Matrix, is fitted to the annotation's /Rect by the matrix A returned here
/// (the form's /Matrix is applied first, as for any form).
bool appearance_placement(QPDFObjectHandle annotation, QPDFObjectHandle form, Matrix &placement) {
    double rect[4], box[4];
    if (!rectangle_from(annotation.getKey("/Rect"), rect) || !rectangle_from(form.getKey("/BBox"), box)) return false;
    Matrix matrix = matrix_at(form, "/Matrix");
    double left = INFINITY, bottom = INFINITY, right = -INFINITY, top = -INFINITY;
    for (double x : {box[0], box[2]}) {
        for (double y : {box[1], box[3]}) {
            double u = matrix.a * x + matrix.c * y + matrix.e, v = matrix.b * x + matrix.d * y + matrix.f;
            left = std::min(left, u);
            right = std::max(right, u);
            bottom = std::min(bottom, v);
            top = std::max(top, v);
        }
    }
    if (!(right - left > 0 && top - bottom > 0)) return false;  // nothing shows
    double sx = (rect[2] - rect[0]) / (right - left), sy = (rect[3] - rect[1]) / (top - bottom);
    placement = Matrix{sx, 0, 0, sy, rect[0] - left * sx, rect[1] - bottom * sy};
    return std::isfinite(placement.a) && std::isfinite(placement.d) && std::isfinite(placement.e) && std::isfinite(placement.f);
}

/// The graphics state a Painter follows: what places an image, and what paints with one.
struct GraphicsState {
    Matrix ctm;
    QPDFObjectHandle fill_pattern;    ///< A tiling pattern, or null for any other colour.
    QPDFObjectHandle stroke_pattern;
    QPDFObjectHandle font;
    double font_size = 0;
    double text_scale = 1;  ///< Tz / 100
    int render_mode = 0;
};

/// Follows one content stream (a page's, a form XObject's, a tiling pattern's cell, a Type 3
/// glyph's) and records the images it paints, following every content stream it paints in turn.
class Painter {
  public:
    Painter(Walk &walk, uint32_t page, double user_unit, QPDFObjectHandle resources, Matrix ctm, unsigned depth)
        : walk(walk), page(page), user_unit(user_unit), resources(resources), base(ctm), depth(depth) {
        state.ctm = ctm;
    }

    /// Walks `program`, whose operators (and the walk itself) are charged to the operation budget.
    void paint(const Program &program) {
        if (!walk.charge(program.operators + 1)) return;
        for (const Op &op : program.ops) {
            if (walk.stopped()) return;
            const double *number = program.numbers.data() + op.number;
            switch (op.kind) {
            case Op::Save:
                saved.push_back(state);
                break;
            case Op::Restore:
                if (!saved.empty()) {
                    state = saved.back();
                    saved.pop_back();
                }
                break;
            case Op::Concat:
                state.ctm = state.ctm.after(Matrix{number[0], number[1], number[2], number[3], number[4], number[5]});
                break;
            case Op::PaintXObject:
                paintXObject(program.names[op.name]);
                break;
            case Op::InlineImage:
                record(static_cast<int>(std::min(number[0], 1e9)), static_cast<int>(std::min(number[1], 1e9)));
                break;
            case Op::FillPattern:
                state.fill_pattern = tilingPattern(program.names[op.name]);
                break;
            case Op::StrokePattern:
                state.stroke_pattern = tilingPattern(program.names[op.name]);
                break;
            case Op::FillColour:
                state.fill_pattern = QPDFObjectHandle();
                break;
            case Op::StrokeColour:
                state.stroke_pattern = QPDFObjectHandle();
                break;
            case Op::Fill:
                paintPattern(state.fill_pattern);
                break;
            case Op::Stroke:
                paintPattern(state.stroke_pattern);
                break;
            case Op::FillStroke:
                paintPattern(state.fill_pattern);
                paintPattern(state.stroke_pattern);
                break;
            case Op::BeginText:
                text = Matrix{};
                break;
            case Op::Font:
                state.font = resource("/Font", program.names[op.name]);
                state.font_size = number[0];
                break;
            case Op::TextMatrix:
                text = Matrix{number[0], number[1], number[2], number[3], number[4], number[5]};
                break;
            case Op::TextScale:
                state.text_scale = number[0] / 100;
                break;
            case Op::RenderMode:
                state.render_mode = number[0] >= 0 && number[0] <= 7 ? static_cast<int>(number[0]) : 0;
                break;
            case Op::ShowText:
                showText(program.texts[op.name]);
                break;
            }
        }
    }

    /// The appearances of a page's annotations, as a viewer shows them over the page (whose
    /// painter this is).
    void paintAnnotations(QPDFObjectHandle annotations) {
        if (!annotations.isArray()) return;
        for (auto &annotation : annotations.getArrayAsVector()) {
            if (!walk.charge(1)) return;
            if (!annotation.isDictionary()) continue;
            // Hidden (2) and NoView (32) annotations are not shown.
            if ((integer_of(annotation.getKey("/F")) & (2 | 32)) != 0) continue;
            QPDFObjectHandle appearances = annotation.getKey("/AP");
            if (!appearances.isDictionary()) continue;
            QPDFObjectHandle normal = appearances.getKey("/N");
            if (normal.isDictionary()) {
                // Appearance states: the one /AS names is shown, none without it (as viewers do).
                QPDFObjectHandle state_name = annotation.getKey("/AS");
                normal = state_name.isName() ? normal.getKey(state_name.getName()) : QPDFObjectHandle();
            }
            if (!normal.isStream()) continue;
            Matrix placement;
            if (appearance_placement(annotation, normal.getDict(), placement)) paintForm(normal, placement);
        }
    }

  private:
    Walk &walk;
    uint32_t page;
    double user_unit;
    QPDFObjectHandle resources;
    Matrix base;  ///< The CTM this stream started with: its patterns' space is laid on it.
    unsigned depth;
    GraphicsState state;
    Matrix text;
    std::vector<GraphicsState> saved;

    void record(int width, int height) {
        if (width <= 0 || height <= 0) return;
        if (walk.images.size() >= walk.limits.max_images) {
            walk.reached |= ATTEST_PDF_LIMIT_IMAGES;
            return;
        }
        attest_pdf_image image;
        image.page = page;
        image.pixel_width = static_cast<uint32_t>(width);
        image.pixel_height = static_cast<uint32_t>(height);
        // The image fills the unit square; the CTM maps its axes to these vectors on the page.
        image.drawn_width = std::hypot(state.ctm.a, state.ctm.b) * user_unit;
        image.drawn_height = std::hypot(state.ctm.c, state.ctm.d) * user_unit;
        walk.images.push_back(image);
    }

    /// `name` in the resource category `category` (/XObject, /Pattern, /Font); null when absent.
    QPDFObjectHandle resource(const char *category, const std::string &name) {
        if (!resources.isDictionary()) return QPDFObjectHandle();
        QPDFObjectHandle entries = resources.getKey(category);
        return entries.isDictionary() ? entries.getKey(name) : QPDFObjectHandle();
    }

    /// Walks `stream`, a content stream this one paints, from the CTM `start`, with its own
    /// resources or else these.
    void paintNested(QPDFObjectHandle stream, QPDFObjectHandle own_resources, const Matrix &start) {
        if (walk.streams_in_use.count(stream.getObjGen()) > 0) return;  // a cycle: shown once
        if (depth >= walk.limits.max_form_depth) {
            walk.reached |= ATTEST_PDF_LIMIT_FORM_DEPTH;
            return;
        }
        const Program *program = walk.program(stream);
        if (program == nullptr) return;
        walk.streams_in_use.insert(stream.getObjGen());
        Painter inner(walk, page, user_unit, own_resources.isDictionary() ? own_resources : resources, start, depth + 1);
        inner.paint(*program);
        walk.streams_in_use.erase(stream.getObjGen());
    }

    void paintXObject(const std::string &name) {
        QPDFObjectHandle xobject = resource("/XObject", name);
        if (!xobject.isStream()) return;
        QPDFObjectHandle dictionary = xobject.getDict();
        QPDFObjectHandle subtype = dictionary.getKey("/Subtype");
        if (is_name(subtype, "/Image")) {
            // Stencil masks paint a colour through the image; they are not scans.
            QPDFObjectHandle mask = dictionary.getKey("/ImageMask");
            if (mask.isBool() && mask.getBoolValue()) return;
            record(integer_of(dictionary.getKey("/Width")), integer_of(dictionary.getKey("/Height")));
        } else if (is_name(subtype, "/Form")) {
            paintForm(xobject, state.ctm);
        }
    }

    /// A form XObject placed by `placement`, its /Matrix applied first.
    void paintForm(QPDFObjectHandle form, const Matrix &placement) {
        QPDFObjectHandle dictionary = form.getDict();
        paintNested(form, dictionary.getKey("/Resources"), placement.after(matrix_at(dictionary, "/Matrix")));
    }

    /// The tiling pattern `name` names; null for a shading pattern (which has no pixels) or none.
    QPDFObjectHandle tilingPattern(const std::string &name) {
        QPDFObjectHandle pattern = resource("/Pattern", name);
        if (!pattern.isStream() || integer_of(pattern.getDict().getKey("/PatternType")) != 1) return QPDFObjectHandle();
        return pattern;
    }

    /// What painting with a tiling pattern shows: its cell, in pattern space (its /Matrix laid on
    /// this stream's starting CTM, not the current one). A cell repeated across the area painted
    /// draws each image at the same size, so the cell is walked once a painting.
    void paintPattern(QPDFObjectHandle pattern) {
        if (!pattern.isStream()) return;
        QPDFObjectHandle dictionary = pattern.getDict();
        paintNested(pattern, dictionary.getKey("/Resources"), base.after(matrix_at(dictionary, "/Matrix")));
    }

    /// Text shown in a Type 3 font draws each glyph's content stream; with a pattern as its
    /// colour, it paints that pattern too.
    ///
    /// An approximation of where: each glyph shown is drawn at the text matrix's origin, glyph
    /// advances and Td/TD/T* moves not followed. They only translate, so the size an image is
    /// drawn at, all the resolution depends on, is exact: glyph space by /FontMatrix, by the font
    /// size and Tz, by Tm, by the CTM. A glyph shown many times in a string is walked once; a code
    /// whose name is not in the font's /Encoding /Differences (its base encoding is not read)
    /// draws nothing.
    void showText(const std::string &codes) {
        int mode = state.render_mode;
        if (mode == 3 || mode == 7) return;  // invisible, or a clip only
        if (mode == 0 || mode == 2 || mode == 4 || mode == 6) paintPattern(state.fill_pattern);
        if (mode == 1 || mode == 2 || mode == 5 || mode == 6) paintPattern(state.stroke_pattern);
        QPDFObjectHandle font = state.font;
        if (!font.isDictionary() || !is_name(font.getKey("/Subtype"), "/Type3")) return;
        QPDFObjectHandle procs = font.getKey("/CharProcs");
        QPDFObjectHandle encoding = font.getKey("/Encoding");
        QPDFObjectHandle differences = encoding.isDictionary() ? encoding.getKey("/Differences") : QPDFObjectHandle();
        if (!procs.isDictionary() || !differences.isArray()) return;
        std::vector<QPDFObjectHandle> entries = differences.getArrayAsVector();
        if (!walk.charge(entries.size())) return;
        std::string names[256];
        long long code = -1;
        for (auto &entry : entries) {
            if (entry.isInteger()) {
                code = entry.getIntValue();
            } else if (entry.isName() && code >= 0) {
                if (code < 256) names[code] = entry.getName();
                code++;
            }
        }
        QPDFObjectHandle matrix = font.getKey("/FontMatrix");
        Matrix font_matrix{0.001, 0, 0, 0.001, 0, 0};
        if (matrix.isArray()) {
            std::vector<QPDFObjectHandle> numbers = matrix.getArrayAsVector();
            if (!matrix_from(numbers, font_matrix)) font_matrix = Matrix{0.001, 0, 0, 0.001, 0, 0};
        }
        Matrix size{state.font_size * state.text_scale, 0, 0, state.font_size, 0, 0};
        Matrix start = state.ctm.after(text).after(size).after(font_matrix);
        QPDFObjectHandle font_resources = font.getKey("/Resources");
        for (unsigned char shown : codes) {
            if (names[shown].empty()) continue;
            QPDFObjectHandle glyph = procs.getKey(names[shown]);
            if (glyph.isStream()) paintNested(glyph, font_resources, start);
            if (walk.stopped()) return;
        }
    }
};

/// Whether anything the document catalog leads to holds JavaScript, a launch action or an
/// embedded file: what a reader can run or open is reachable from there (the document information
/// dictionary and objects nothing refers to are not). Each object is read once, its dictionary
/// copied once.
bool holds_active_content(QPDF &pdf) {
    std::vector<QPDFObjectHandle> pending{pdf.getRoot()};
    std::set<QPDFObjGen> seen;
    while (!pending.empty()) {
        QPDFObjectHandle object = pending.back();
        pending.pop_back();
        if (object.isIndirect() && !seen.insert(object.getObjGen()).second) continue;
        if (object.isStream()) object = object.getDict();
        if (object.isArray()) {
            for (auto &item : object.getArrayAsVector()) {
                if (item.isIndirect() || item.isArray() || item.isDictionary()) pending.push_back(item);
            }
        } else if (object.isDictionary()) {
            for (auto &[key, value] : object.getDictAsMap()) {
                if (key == "/JS" || key == "/EF" || key == "/EmbeddedFiles" || key == "/JavaScript") return true;
                if (key == "/S" && (is_name(value, "/JavaScript") || is_name(value, "/Launch"))) return true;
                if (key == "/Type" && is_name(value, "/EmbeddedFile")) return true;
                if (value.isIndirect() || value.isArray() || value.isDictionary()) pending.push_back(value);
            }
        }
    }
    return false;
}

void keep_message(attest_pdf_report *report, const std::string &text) {
    std::snprintf(report->message, sizeof report->message, "%s", text.c_str());
}

/// qpdf's words without the file name it prefixes.
std::string words(const QPDFExc &error) {
    return error.getMessageDetail().empty() ? error.what() : error.getMessageDetail();
}

void inspect(QPDF &pdf, const attest_pdf_limits &limits, attest_pdf_report *report, std::vector<attest_pdf_image> &images) {
    report->encrypted = pdf.isEncrypted() ? 1 : 0;
    Walk walk{images, limits, DecodeBudget{limits.max_decoded_bytes}, {}, {}};
    // Objects are counted in the cross-reference table, before any is parsed, to bound the work.
    std::map<QPDFObjGen, QPDFXRefEntry> xref = pdf.getXRefTable();
    report->objects = xref.size();
    if (xref.size() > limits.max_objects) {
        report->status = ATTEST_PDF_TOO_MANY_OBJECTS;
        return;
    }
    if (!walk.budget.spendObjectStreams(pdf, xref)) throw DecodeBudgetExceeded();
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    report->pages = static_cast<uint32_t>(pages.size());
    report->active_content = holds_active_content(pdf) ? 1 : 0;
    if (report->encrypted) return;  // what an encrypted file shows is not ours to read
    uint32_t number = 0;
    for (auto &page : pages) {
        if (number == limits.max_pages) {
            walk.reached |= ATTEST_PDF_LIMIT_PAGES;
            break;
        }
        number++;
        for (auto &stream : page.getPageContents()) walk.budget.spend(stream);
        if (walk.budget.exceeded) break;
        // A page's content is read into a program of its own (pages do not share one), walked,
        // then its annotations' appearances over it.
        Program content;
        if (!walk.read(content, [&](Recorder &recorder) { page.parseContents(&recorder); })) break;
        QPDFObjectHandle unit = page.getObjectHandle().getKey("/UserUnit");
        double user_unit = unit.isNumber() && unit.getNumericValue() > 0 ? unit.getNumericValue() : 1.0;
        Painter painter(walk, number, user_unit, page.getAttribute("/Resources", false), Matrix{}, 0);
        painter.paint(content);
        painter.paintAnnotations(page.getObjectHandle().getKey("/Annots"));
        if (walk.stopped()) break;
    }
    if (walk.budget.exceeded) throw DecodeBudgetExceeded();
    report->limits_reached = walk.reached;
    report->operations = walk.operations;
}

/// attest_pdf_inspect (attest_pdf.h).
void inspect_pdf(int fd, const unsigned char *bytes, size_t length, attest_pdf_limits limits, attest_pdf_report *report) {
    std::memset(report, 0, sizeof *report);
    std::vector<attest_pdf_image> images;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        std::shared_ptr<InputSource> file;
        if (fd >= 0) {
            struct stat status;
            if (fstat(fd, &status) != 0) throw std::runtime_error(std::string("read error: ") + std::strerror(errno));
            file = std::make_shared<PreadInputSource>(fd, static_cast<qpdf_offset_t>(status.st_size), bytes, length);
        } else {
            file = memory_file("upload", bytes, length);
        }
        open_within(pdf, file, limits.max_decoded_bytes);
        inspect(pdf, limits, report, images);
        std::vector<QPDFExc> warnings = pdf.getWarnings();
        report->warnings = static_cast<int>(warnings.size());
        if (!warnings.empty()) keep_message(report, words(warnings.front()));
    } catch (const DecodeBudgetExceeded &) {
        report->status = ATTEST_PDF_TOO_MUCH_CONTENT;
    } catch (const QPDFExc &error) {
        report->status = error.getErrorCode() == qpdf_e_password ? ATTEST_PDF_ENCRYPTED : ATTEST_PDF_CORRUPT;
        report->encrypted = report->status == ATTEST_PDF_ENCRYPTED;
        keep_message(report, words(error));
    } catch (const std::exception &error) {
        report->status = ATTEST_PDF_CORRUPT;
        keep_message(report, error.what());
    } catch (...) {
        report->status = ATTEST_PDF_CORRUPT;
        keep_message(report, "unreadable");
    }
    if (report->status == ATTEST_PDF_OK && !images.empty()) {
        report->images = static_cast<attest_pdf_image *>(std::malloc(images.size() * sizeof(attest_pdf_image)));
        if (report->images != nullptr) {
            std::memcpy(report->images, images.data(), images.size() * sizeof(attest_pdf_image));
            report->image_count = images.size();
        }
    }
}

char *copy_string(const std::string &text) {
    char *copy = static_cast<char *>(std::malloc(text.size() + 1));
    if (copy != nullptr) std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}

/// attest_pdf_read_signature (attest_pdf.h).
void read_signature(const unsigned char *bytes, size_t length, attest_pdf_signature *signature) {
    std::memset(signature, 0, sizeof *signature);
    for (auto &value : signature->byte_range) value = -1;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        open_within(pdf, memory_file("certificate", bytes, length), signature_decode_budget);
        DecodeBudget budget{signature_decode_budget};
        if (!budget.spendObjectStreams(pdf)) throw DecodeBudgetExceeded();
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        if (info.isDictionary() && info.getKey("/AttestQRPayload").isString()) {
            signature->info_payload = copy_string(info.getKey("/AttestQRPayload").getStringValue());
        }
        if (info.isDictionary() && info.getKey("/Title").isString()) {
            signature->info_title = copy_string(info.getKey("/Title").getUTF8Value());
        }
        QPDFObjectHandle form = pdf.getRoot().getKey("/AcroForm");
        QPDFObjectHandle fields = form.isDictionary() ? form.getKey("/Fields") : QPDFObjectHandle::newNull();
        if (!fields.isArray()) return;
        for (auto &field : fields.getArrayAsVector()) {
            if (!field.isDictionary() || !is_name(field.getKey("/FT"), "/Sig")) continue;
            QPDFObjectHandle value = field.getKey("/V");
            if (!value.isDictionary()) continue;
            signature->found = 1;
            QPDFObjectHandle range = value.getKey("/ByteRange");
            if (range.isArray() && range.getArrayNItems() == 4) {
                for (int i = 0; i < 4; i++) {
                    QPDFObjectHandle item = range.getArrayItem(i);
                    signature->byte_range[i] = item.isInteger() ? item.getIntValue() : -1;
                }
            }
            QPDFObjectHandle contents = value.getKey("/Contents");
            if (contents.isString()) {
                std::string raw = contents.getStringValue();
                signature->contents = static_cast<unsigned char *>(std::malloc(raw.size() + 1));
                if (signature->contents != nullptr) {
                    std::memcpy(signature->contents, raw.data(), raw.size());
                    signature->contents_length = raw.size();
                }
            }
            QPDFObjectHandle filter = value.getKey("/SubFilter");
            if (filter.isName()) signature->sub_filter = copy_string(filter.getName().substr(1));
            break;
        }
    } catch (const QPDFExc &error) {
        signature->status = ATTEST_PDF_CORRUPT;
        std::snprintf(signature->message, sizeof signature->message, "%s", words(error).c_str());
    } catch (const std::exception &error) {
        signature->status = ATTEST_PDF_CORRUPT;
        std::snprintf(signature->message, sizeof signature->message, "%s", error.what());
    }
}

} // namespace

extern "C" __attribute__((visibility("default"))) void attest_pdf_plugin_v3(attest_pdf_plugin *plugin) {
    plugin->inspect = inspect_pdf;
    plugin->read_signature = read_signature;
}
