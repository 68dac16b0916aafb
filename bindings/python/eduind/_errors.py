"""Exceptions raised for libeduind statuses, and the status codes themselves.

Every failing C call becomes an instance of a subclass of :class:`Error`. The class
says what kind of problem it is (and also derives from the matching built-in
exception, so ``except ZeroDivisionError`` or ``except ValueError`` work too); the
instance carries the library's message and, for file problems, where it happened.
"""

import enum

from . import capi as _capi


class Status(enum.IntEnum):
    """The library's status codes (``eduind_status``), as returned in status arrays."""

    OK = 0
    ENULL = -1
    ENEGATIVE = -2
    EZERODIV = -3
    ENONFINITE = -4
    ERANGE = -5
    EEMPTY = -6
    EINCONSISTENT = -7
    EDOMAIN = -8
    EINVAL = -9
    ENOMEM = -10
    EIO = -11
    EPARSE = -12
    ESCHEMA = -13
    ENOTFOUND = -14
    EDUPLICATE = -15
    ECYCLE = -16
    EMISSING = -17
    ELIMIT = -18
    EBUFSIZE = -19
    EVERSION = -20
    ENOTAPPLICABLE = -21

    @property
    def description(self):
        """The library's English description of the code."""
        return _capi.status_str(int(self))


class Error(Exception):
    """Base class of every libeduind failure.

    Attributes: ``code`` (int, negative), ``status_name`` ("EDUIND_EZERODIV"),
    ``message`` (the library's text), ``source`` (file name or "<string>", "" if
    unknown), ``path`` (JSON path or CSV column, "" if unknown), ``line`` and
    ``column`` (1-based, 0 if unknown).
    """

    def __init__(self, message="", code=0, source="", path="", line=0, column=0):
        super().__init__(message)
        self.message = message
        self.code = int(code)
        self.status_name = _capi.status_name(self.code) if self.code else ""
        self.source = source
        self.path = path
        self.line = int(line)
        self.column = int(column)

    @property
    def status(self):
        """The code as a :class:`Status` (or the plain int for a code this module does not know)."""
        try:
            return Status(self.code)
        except ValueError:
            return self.code

    def __str__(self):
        where = ""
        if self.source:
            where = self.source
            if self.line:
                where += ":%d" % self.line
                if self.column:
                    where += ":%d" % self.column
            where += ": "
        elif self.line:
            where = "line %d, column %d: " % (self.line, self.column)
        if self.path:
            where += self.path + ": "
        return where + self.message

    def __reduce__(self):
        return (type(self), (self.message, self.code, self.source, self.path, self.line, self.column))


class ZeroDenominatorError(Error, ZeroDivisionError):
    """The denominator is zero: the value is undefined (never 0 or infinity)."""


class InvalidInputError(Error, ValueError):
    """An input cannot be used: negative count, NaN, a part above its whole, outside the domain..."""


class NegativeValueError(InvalidInputError):
    """A count or amount that must be >= 0 is negative (EDUIND_ENEGATIVE)."""


class NonFiniteError(InvalidInputError):
    """An input is NaN or infinite (EDUIND_ENONFINITE)."""


class ResultRangeError(InvalidInputError):
    """The result would not be a finite number, or is beyond a publication limit (EDUIND_ERANGE)."""


class EmptyInputError(InvalidInputError):
    """An array has no usable element (EDUIND_EEMPTY)."""


class InconsistentError(InvalidInputError):
    """Inputs contradict each other, e.g. a part exceeds its whole (EDUIND_EINCONSISTENT)."""


class DomainError(InvalidInputError):
    """An input is outside the formula's domain, e.g. years <= 0 (EDUIND_EDOMAIN)."""


class InvalidArgumentError(InvalidInputError):
    """An option or argument is invalid: decimals out of range, array shapes that do not match..."""


class FileError(Error, OSError):
    """A file could not be read or written (EDUIND_EIO)."""

    def __init__(self, message="", code=0, source="", path="", line=0, column=0):
        Error.__init__(self, message, code, source, path, line, column)

    def __str__(self):
        return Error.__str__(self)


class ParseError(Error, ValueError):
    """Malformed JSON, CSV or formula; ``line`` and ``column`` say where."""


class SchemaError(Error, ValueError):
    """Well-formed input with wrong content; ``path`` is the JSON path of the problem."""


class DuplicateError(SchemaError):
    """The same code or key is defined twice (EDUIND_EDUPLICATE)."""


class CycleError(SchemaError):
    """Definitions refer to each other in a cycle (EDUIND_ECYCLE)."""


class VersionError(SchemaError):
    """The file's format version is not supported (EDUIND_EVERSION)."""


class NotFoundError(Error, KeyError):
    """A named indicator, entity, variable or period does not exist."""

    def __str__(self):  # KeyError would print the repr of the message
        return Error.__str__(self)


class MissingValueError(Error, ValueError):
    """A required input value is missing (EDUIND_EMISSING)."""


class LimitError(Error, ValueError):
    """The input exceeds a size or depth limit (EDUIND_ELIMIT)."""


class NotApplicableError(Error, ValueError):
    """The indicator does not apply to this entity or period (EDUIND_ENOTAPPLICABLE)."""


class OutOfMemoryError(Error, MemoryError):
    """The library could not allocate memory (EDUIND_ENOMEM)."""


_CLASS_FOR_STATUS = {
    Status.ENULL: InvalidArgumentError,
    Status.ENEGATIVE: NegativeValueError,
    Status.EZERODIV: ZeroDenominatorError,
    Status.ENONFINITE: NonFiniteError,
    Status.ERANGE: ResultRangeError,
    Status.EEMPTY: EmptyInputError,
    Status.EINCONSISTENT: InconsistentError,
    Status.EDOMAIN: DomainError,
    Status.EINVAL: InvalidArgumentError,
    Status.ENOMEM: OutOfMemoryError,
    Status.EIO: FileError,
    Status.EPARSE: ParseError,
    Status.ESCHEMA: SchemaError,
    Status.ENOTFOUND: NotFoundError,
    Status.EDUPLICATE: DuplicateError,
    Status.ECYCLE: CycleError,
    Status.EMISSING: MissingValueError,
    Status.ELIMIT: LimitError,
    Status.EBUFSIZE: InvalidArgumentError,
    Status.EVERSION: VersionError,
    Status.ENOTAPPLICABLE: NotApplicableError,
}


def error_class(code):
    """The exception class raised for a status code (:class:`Error` for unknown codes)."""
    return _CLASS_FOR_STATUS.get(int(code), Error)


def _from_c(code, message, source, path, line, column):
    """Called by the C layer (with the GIL held) to build the exception for a status."""
    cls = _CLASS_FOR_STATUS.get(code, Error)
    if not message:
        message = _capi.status_str(code)
    return cls(message, code, source, path, line, column)
