// The C library's memmem (glibc, any libc of the last twenty years): byte substring search
// with vector instructions. Glibc's Swift module leaves it out (it is a GNU extension declared
// only under _GNU_SOURCE), so it is declared here; it links from libc itself.
#include <stddef.h>

void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
