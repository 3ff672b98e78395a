#ifndef GALLEY_CLIBARCHIVE_SHIM_H
#define GALLEY_CLIBARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>

// The file-type constants are macros with casts, invisible to Swift.
static const unsigned int galley_AE_IFREG = AE_IFREG;
static const unsigned int galley_AE_IFDIR = AE_IFDIR;
static const unsigned int galley_AE_IFLNK = AE_IFLNK;
static const unsigned int galley_AE_IFCHR = AE_IFCHR;
static const unsigned int galley_AE_IFBLK = AE_IFBLK;
static const unsigned int galley_AE_IFIFO = AE_IFIFO;
#endif
