/**
 * @file eduind/export.h
 * @brief Symbol visibility and C++ linkage macros used by every public header.
 */
#ifndef EDUIND_EXPORT_H
#define EDUIND_EXPORT_H

#if defined(EDUIND_STATIC)
#  define EDUIND_EXTERN_DECL extern
#elif defined(_WIN32)
#  if defined(EDUIND_BUILDING)
#    define EDUIND_EXTERN_DECL extern __declspec(dllexport)
#  else
#    define EDUIND_EXTERN_DECL extern __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define EDUIND_EXTERN_DECL extern __attribute__((visibility("default")))
#else
#  define EDUIND_EXTERN_DECL extern
#endif

/** Declares a public function: EDUIND_EXTERN(int) eduind_x(void); */
#define EDUIND_EXTERN(type) EDUIND_EXTERN_DECL type

#ifdef __cplusplus
#  define EDUIND_BEGIN_DECL extern "C" {
#  define EDUIND_END_DECL }
#else
#  define EDUIND_BEGIN_DECL
#  define EDUIND_END_DECL
#endif

#endif /* EDUIND_EXPORT_H */
