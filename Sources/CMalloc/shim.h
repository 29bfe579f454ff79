// The C library's allocator settings (glibc's mallopt and its M_* options), for
// MemoryUsage.keepFreedMemoryForReuse(). Glibc's Swift module leaves <malloc.h> out; it links
// from libc itself.
#include <malloc.h>
