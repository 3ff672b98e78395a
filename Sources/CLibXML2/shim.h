#ifndef GALLEY_CLIBXML2_SHIM_H
#define GALLEY_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; ICU's UErrorCode then clashes with
// Foundation's copy. Read the version header first and switch ICU off
// before any other libxml2 header sees it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a macro in Debian's threaded build, invisible to Swift.
static inline void galley_xmlFree(void *pointer) { xmlFree(pointer); }

/// `xmlParserVersion` is a macro over a per-thread accessor in that build.
static inline const char *galley_xmlParserVersion(void) { return xmlParserVersion; }
#endif
