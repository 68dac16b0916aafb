/* The low-level module eduind.capi (_capi.so). Python users import the package `eduind`,
 * whose modules wrap these functions in a Pythonic surface; nothing here is meant to be
 * called directly. Table of contents:
 *   errors.i  statuses -> eduind.Error subclasses, the eduind_status typemap
 *   calc.i    the scalar calculations and formatting
 *   bulk.i    numpy forms: the C bulk functions, element-wise loops, array statistics
 *   model.i   datasets, catalogues, plans, results and judgements as owned handles
 */
%module(package="eduind", threads="1") capi
%nothread;   /* keep the GIL by default; bulk.i and model.i release it for batch work */

%{
#define SWIG_FILE_WITH_INIT
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <math.h>
#include <string.h>
#include "eduind/eduind.h"
%}

%include "numpy.i"
%init %{
  import_array();
%}
%numpy_typemaps(double, NPY_DOUBLE, size_t)
%numpy_typemaps(int, NPY_INT, size_t)

/* eduind_ratio -> capi.ratio; the helpers written here are named py_* and keep their names. */
%rename("%(strip:[eduind_])s") "";

/* SWIG does not read the C headers (the prototypes are declared in the .i files so that
 * exactly the right typemaps apply); the C compiler sees the real headers above. */
typedef int eduind_status;

%include "errors.i"
%include "calc.i"
%include "bulk.i"
%include "model.i"
