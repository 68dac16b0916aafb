/* Private contract between the catalogue model (lib/model, owned with lib/expr) and
 * the consistency checks in lib/eval. */
#ifndef EDUIND_MODEL_CATALOG_INTERNAL_H
#define EDUIND_MODEL_CATALOG_INTERNAL_H

#include "eduind/catalog.h"

/* Raw JSON text of the catalogue's "checks" arrays, merged into one JSON array
 * ("[]" when there are none). Borrowed from the catalogue. */
const char *cat_checks_json(const eduind_catalog *cat);

#endif
