/**
 * @file eduind/eduind.h
 * @brief Umbrella header: everything in the public libeduind API.
 *
 * Anything not declared in these headers is not part of the API and may change.
 */
#ifndef EDUIND_H
#define EDUIND_H

#include "eduind/export.h"
#include "eduind/version.h"
#include "eduind/status.h"
#include "eduind/calc.h"
#include "eduind/format.h"
#include "eduind/dataset.h"
#include "eduind/catalog.h"
#include "eduind/plan.h"
#include "eduind/eval.h"

#endif /* EDUIND_H */
