#include <libxml/xmlversion.h>
/* Keep ICU's headers out: Foundation brings its own ICU, and the two clash. Exposure only parses UTF-8. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
