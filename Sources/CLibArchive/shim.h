#ifndef GALLEY_CLIBARCHIVE_SHIM_H
#define GALLEY_CLIBARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#endif
