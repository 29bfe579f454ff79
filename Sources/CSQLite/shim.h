// The system SQLite (libsqlite3-dev on Debian and Ubuntu), for plangraph.sqlite.
#include <sqlite3.h>
