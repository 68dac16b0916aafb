/* Statuses become exceptions of the eduind.Error family (eduind/_errors.py decides the
 * class). Nothing here is global or optional: every non-OK status raises. */

%{
/* Builds the exception through eduind._errors._from_c and sets it. The GIL must be held. */
static void py_raise(eduind_status rc, const eduind_error *err)
{
	const char *message = (err != NULL && err->message[0] != '\0') ? err->message : eduind_status_str(rc);
	PyObject *mod = PyImport_ImportModule("eduind._errors");
	PyObject *exc;

	if (mod == NULL)
		return;
	exc = PyObject_CallMethod(mod, "_from_c", "iNNNll", (int)rc,
	                          PyUnicode_DecodeUTF8(message, (Py_ssize_t)strlen(message), "replace"),
	                          PyUnicode_DecodeUTF8(err ? err->source : "", err ? (Py_ssize_t)strlen(err->source) : 0, "replace"),
	                          PyUnicode_DecodeUTF8(err ? err->path : "", err ? (Py_ssize_t)strlen(err->path) : 0, "replace"),
	                          err ? err->line : 0L, err ? err->column : 0L);
	Py_DECREF(mod);
	if (exc == NULL)
		return;
	PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
	Py_DECREF(exc);
}

/* A str from library text; invalid UTF-8 (which the library should never produce) is replaced. */
static PyObject *py_str(const char *s)
{
	if (s == NULL)
		s = "";
	return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* Takes a string the library allocated, returns it as str and releases it with eduind_free. */
static PyObject *py_str_free(char *s)
{
	PyObject *o = py_str(s);
	eduind_free(s);
	return o;
}
%}

/* Hand-written wrappers report failure by leaving a Python exception set. */
%exception {
	$action
	if (PyErr_Occurred())
		SWIG_fail;
}

/* Functions returning eduind_status: raise on failure, otherwise return None so that
 * output arguments become the whole result. */
%typemap(out) eduind_status {
	if ($1 != EDUIND_OK) {
		py_raise($1, NULL);
		SWIG_fail;
	}
	$result = SWIG_Py_Void();
}

const char *eduind_status_str(eduind_status status);
const char *eduind_status_name(eduind_status status);
const char *eduind_version(void);
int eduind_version_number(void);

/* Raises the exception a status maps to (used by the tests of the mapping itself). */
%inline %{
static PyObject *py_raise_status(int status, const char *message, const char *source,
                                 const char *path, long line, long column)
{
	eduind_error err;
	eduind_error_clear(&err);
	err.status = (eduind_status)status;
	snprintf(err.message, sizeof err.message, "%s", message ? message : "");
	snprintf(err.source, sizeof err.source, "%s", source ? source : "");
	snprintf(err.path, sizeof err.path, "%s", path ? path : "");
	err.line = line;
	err.column = column;
	py_raise((eduind_status)status, &err);
	return NULL;
}
%}
