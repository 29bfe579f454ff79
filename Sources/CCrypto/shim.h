// OpenSSL's libcrypto (libssl-dev), for SHA-256 only: its SHA256_CTX is a plain C struct, so
// the Swift hasher that holds one stays a value type. The one-context API is deprecated in
// OpenSSL 3 in favour of EVP, whose context is a heap object; it is kept and not warned about.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>
