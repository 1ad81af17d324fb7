/* The native yardsticks of Benchmarks/inspect.sh, on one thread:
 *
 *   headers DIR   the plain C loop Attest is measured against: for each file of DIR (sorted),
 *                 jpeg_read_header or png_read_info, then the density and the size. No EXIF, no
 *                 report: the least a reader of these facts can do through libjpeg and libpng.
 *   floor DIR     only the system calls any inspector makes per file: open, fstat, one 4 KiB pread,
 *                 close. No program that opens every file can be faster than this.
 *
 * Each prints "<mode>: <rate> files/s (<n> files)", timed from the directory listing to the end. */
#include <dirent.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jpeglib.h>
#include <png.h>

struct jpeg_failure { struct jpeg_error_mgr manager; jmp_buf jump; };

static void jpeg_fail(j_common_ptr info) { longjmp(((struct jpeg_failure *)info->err)->jump, 1); }

static long facts_of_jpeg(FILE *file) {
    struct jpeg_decompress_struct info;
    struct jpeg_failure failure;
    info.err = jpeg_std_error(&failure.manager);
    failure.manager.error_exit = jpeg_fail;
    if (setjmp(failure.jump)) { jpeg_destroy_decompress(&info); return -1; }
    jpeg_create_decompress(&info);
    jpeg_stdio_src(&info, file);
    jpeg_read_header(&info, TRUE);
    long facts = (long)info.X_density + info.Y_density + info.image_width + info.image_height;
    jpeg_destroy_decompress(&info);
    return facts;
}

static long facts_of_png(FILE *file) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) { png_destroy_read_struct(&png, &info, NULL); return -1; }
    png_init_io(png, file);
    png_read_info(png, info);
    png_uint_32 x = 0, y = 0;
    int unit = 0;
    png_get_pHYs(png, info, &x, &y, &unit);
    long facts = (long)x + y + png_get_image_width(png, info) + png_get_image_height(png, info);
    png_destroy_read_struct(&png, &info, NULL);
    return facts;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    if (argc != 3 || (strcmp(argv[1], "headers") != 0 && strcmp(argv[1], "floor") != 0)) {
        fprintf(stderr, "usage: headers headers|floor DIR\n");
        return 64;
    }
    int floor_only = strcmp(argv[1], "floor") == 0;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    DIR *directory = opendir(argv[2]);
    if (directory == NULL) { perror(argv[2]); return 66; }
    size_t count = 0, capacity = 1024;
    char **paths = malloc(capacity * sizeof *paths);
    for (struct dirent *entry; (entry = readdir(directory)) != NULL;) {
        if (entry->d_name[0] == '.') continue;
        if (count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        size_t length = strlen(argv[2]) + strlen(entry->d_name) + 2;
        paths[count] = malloc(length);
        snprintf(paths[count++], length, "%s/%s", argv[2], entry->d_name);
    }
    closedir(directory);
    qsort(paths, count, sizeof *paths, by_name);
    long checksum = 0;
    char block[4096];
    for (size_t index = 0; index < count; index++) {
        if (floor_only) {
            int descriptor = open(paths[index], O_RDONLY | O_CLOEXEC);
            struct stat status;
            if (descriptor < 0 || fstat(descriptor, &status) != 0) continue;
            checksum += pread(descriptor, block, sizeof block, 0) + status.st_size;
            close(descriptor);
            continue;
        }
        FILE *file = fopen(paths[index], "rb");
        if (file == NULL) continue;
        unsigned char magic[2] = {0, 0};
        if (fread(magic, 1, 2, file) == 2) {
            rewind(file);
            checksum += magic[0] == 0xFF ? facts_of_jpeg(file) : facts_of_png(file);
        }
        fclose(file);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%s: %.0f files/s (%zu files)\n", argv[1], (double)count / seconds, count);
    return checksum == 42 ? 1 : 0; /* keeps the work from being optimised away */
}
