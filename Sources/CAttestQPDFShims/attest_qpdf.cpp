// libAttestPDF.so, qpdf behind two C functions (attest_pdf.h; attest loads the library on the
// first PDF and takes them from attest_pdf_plugin_v1): the file is read by qpdf, each page's
// content stream by qpdf's own content-stream parser; this file only follows the graphics state
// to know where images land.

// qpdf 11 asks its users to say how far they have moved off its PointerHolder; we use none of it.
#define POINTERHOLDER_TRANSITION 4

#include "attest_pdf_plugin.h"

#include <qpdf/InputSource.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <stdexcept>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

/// A pipeline that only counts what a stream decodes to, and stops the decoding past `limit`.
class CountingPipeline final : public Pipeline {
  public:
    explicit CountingPipeline(size_t limit) : Pipeline("attest count", nullptr), limit(limit) {}

    void write(unsigned char const *, size_t length) override {
        count += length;
        if (count > limit) {
            over = true;
            throw std::length_error("more than the budget");
        }
    }

    void finish() override {}

    size_t count = 0;
    bool over = false;

  private:
    size_t limit;
};

/// The bytes qpdf may decode to read one document: content streams (each time one is parsed) and
/// object streams. qpdf decodes a stream whole in memory, so a compressed stream of a megabyte
/// can unpack to gigabytes; each is measured in a streaming pass before qpdf holds it.
struct DecodeBudget {
    size_t remaining;
    bool exceeded = false;

    /// Spends what `stream` decodes to; false, for good, once the budget would be passed.
    bool spend(QPDFObjectHandle stream) {
        if (exceeded) return false;
        if (!stream.isStream()) return true;
        CountingPipeline counter(remaining);
        try {
            stream.pipeStreamData(&counter, 0, qpdf_dl_generalized, true);
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

/// What attest lent this library when it loaded it.
const attest_pdf_host *host = nullptr;

/// A bound on what zlib may inflate on this thread while the guard lives: attest's own inflate
/// counts it (see inflate_guard.c in CAttestShims).
class InflateGuard {
  public:
    explicit InflateGuard(uint64_t budget) { host->inflate_guard_begin(budget); }
    ~InflateGuard() { host->inflate_guard_end(); }
    InflateGuard(const InflateGuard &) = delete;
    InflateGuard &operator=(const InflateGuard &) = delete;

    /// Whether the budget was passed (every inflate since has failed).
    bool exceeded() const { return host->inflate_guard_exceeded() != 0; }
};

/// Opens `pdf` with `open`, stopping zlib at `budget` while qpdf reads the cross-reference streams.
template <typename Open> void open_within(QPDF &pdf, uint64_t budget, Open open) {
    InflateGuard guard(budget);
    try {
        open(pdf);
    } catch (...) {
        if (guard.exceeded()) throw DecodeBudgetExceeded();
        throw;
    }
    if (guard.exceeded()) throw DecodeBudgetExceeded();
}

/// What the painters of one document share.
struct Walk {
    std::vector<attest_pdf_image> &images;
    const attest_pdf_limits &limits;
    DecodeBudget budget;
    std::set<QPDFObjGen> forms_in_use;
};

/// Follows one content stream (a page's, or a form XObject's) and records the images it paints.
class Painter : public QPDFObjectHandle::ParserCallbacks {
  public:
    Painter(Walk &walk, uint32_t page, double user_unit, QPDFObjectHandle resources, Matrix ctm, unsigned depth)
        : walk(walk), page(page), user_unit(user_unit), resources(resources), ctm(ctm), depth(depth) {}

    void handleObject(QPDFObjectHandle object) override {
        if (object.isInlineImage()) {
            paintInlineImage();
            return;
        }
        if (!object.isOperator()) {
            operands.push_back(object);
            return;
        }
        const std::string op = object.getOperatorValue();
        if (op == "q") {
            saved.push_back(ctm);
        } else if (op == "Q") {
            if (!saved.empty()) {
                ctm = saved.back();
                saved.pop_back();
            }
        } else if (op == "cm") {
            Matrix m;
            if (matrix_from(operands, m)) ctm = ctm.after(m);
        } else if (op == "Do") {
            if (operands.size() == 1 && operands[0].isName()) paintXObject(operands[0].getName());
        } else if (op == "ID") {
            inline_dictionary = operands;  // the key/value pairs between BI and ID
        }
        operands.clear();
    }

    void handleEOF() override {}

  private:
    Walk &walk;
    uint32_t page;
    double user_unit;
    QPDFObjectHandle resources;
    Matrix ctm;
    unsigned depth;
    std::vector<Matrix> saved;
    std::vector<QPDFObjectHandle> operands;
    std::vector<QPDFObjectHandle> inline_dictionary;

    void record(int width, int height) {
        if (width <= 0 || height <= 0 || walk.images.size() >= walk.limits.max_images) return;
        attest_pdf_image image;
        image.page = page;
        image.pixel_width = static_cast<uint32_t>(width);
        image.pixel_height = static_cast<uint32_t>(height);
        // The image fills the unit square; the CTM maps its axes to these vectors on the page.
        image.drawn_width = std::hypot(ctm.a, ctm.b) * user_unit;
        image.drawn_height = std::hypot(ctm.c, ctm.d) * user_unit;
        walk.images.push_back(image);
    }

    void paintInlineImage() {
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
        if (!mask) record(width, height);
    }

    void paintXObject(const std::string &name) {
        if (!resources.isDictionary()) return;
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        if (!xobjects.isDictionary()) return;
        QPDFObjectHandle xobject = xobjects.getKey(name);
        if (!xobject.isStream()) return;
        QPDFObjectHandle dictionary = xobject.getDict();
        QPDFObjectHandle subtype = dictionary.getKey("/Subtype");
        if (!subtype.isName()) return;
        if (subtype.getName() == "/Image") {
            // Stencil masks paint a colour through the image; they are not scans.
            QPDFObjectHandle mask = dictionary.getKey("/ImageMask");
            if (mask.isBool() && mask.getBoolValue()) return;
            record(integer_of(dictionary.getKey("/Width")), integer_of(dictionary.getKey("/Height")));
        } else if (subtype.getName() == "/Form") {
            paintForm(xobject, dictionary);
        }
    }

    void paintForm(QPDFObjectHandle form, QPDFObjectHandle dictionary) {
        QPDFObjGen id = form.getObjGen();
        if (depth >= walk.limits.max_form_depth || walk.forms_in_use.count(id) > 0) return;  // too deep, or a cycle
        if (!walk.budget.spend(form)) {
            terminateParsing();
            return;
        }
        Matrix matrix;
        QPDFObjectHandle values = dictionary.getKey("/Matrix");
        if (values.isArray()) {
            std::vector<QPDFObjectHandle> numbers = values.getArrayAsVector();
            if (!matrix_from(numbers, matrix)) matrix = Matrix{};
        }
        QPDFObjectHandle form_resources = dictionary.getKey("/Resources");
        walk.forms_in_use.insert(id);
        Painter inner(walk, page, user_unit, form_resources.isDictionary() ? form_resources : resources, ctm.after(matrix),
                      depth + 1);
        form.parseAsContents(&inner);
        walk.forms_in_use.erase(id);
        if (walk.budget.exceeded) terminateParsing();
    }
};

bool is_name(QPDFObjectHandle object, const char *name) {
    return object.isName() && object.getName() == name;
}

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
    Walk walk{images, limits, DecodeBudget{limits.max_decoded_bytes}, {}};
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
        if (++number > limits.max_pages) break;
        for (auto &stream : page.getPageContents()) walk.budget.spend(stream);
        if (walk.budget.exceeded) break;
        QPDFObjectHandle unit = page.getObjectHandle().getKey("/UserUnit");
        double user_unit = unit.isNumber() && unit.getNumericValue() > 0 ? unit.getNumericValue() : 1.0;
        Painter painter(walk, number, user_unit, page.getAttribute("/Resources", false), Matrix{}, 0);
        page.parseContents(&painter);
        if (walk.budget.exceeded) break;
    }
    if (walk.budget.exceeded) throw DecodeBudgetExceeded();
}

/// attest_pdf_inspect (attest_pdf.h).
void inspect_pdf(int fd, const unsigned char *bytes, size_t length, attest_pdf_limits limits, attest_pdf_report *report) {
    std::memset(report, 0, sizeof *report);
    std::vector<attest_pdf_image> images;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        open_within(pdf, limits.max_decoded_bytes, [&](QPDF &pdf) {
            if (fd >= 0) {
                struct stat status;
                if (fstat(fd, &status) != 0) throw std::runtime_error(std::string("read error: ") + std::strerror(errno));
                pdf.processInputSource(
                    std::make_shared<PreadInputSource>(fd, static_cast<qpdf_offset_t>(status.st_size), bytes, length));
            } else {
                pdf.processMemoryFile("upload", reinterpret_cast<const char *>(bytes), length);
            }
        });
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
        open_within(pdf, signature_decode_budget, [&](QPDF &pdf) {
            pdf.processMemoryFile("certificate", reinterpret_cast<const char *>(bytes), length);
        });
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

extern "C" __attribute__((visibility("default"))) void attest_pdf_plugin_v1(const attest_pdf_host *lent, attest_pdf_plugin *plugin) {
    host = lent;
    plugin->inspect = inspect_pdf;
    plugin->read_signature = read_signature;
}
