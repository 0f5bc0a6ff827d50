// The exercise functions of unit 1 (Linear Algebra). Each is written by the student in
// exercises/1_linear_algebra/<file> (the reference answers are in solutions/1_linear_algebra/).
#pragma once

#include "mml/core.hpp"

namespace mml::exercises {

// 1.01  y = A x                                              (01_matvec.cpp)
Vector matvec(const Matrix& A, const Vector& x);
// 1.02  C = A B                                              (02_matmul.cpp)
Matrix matmul(const Matrix& A, const Matrix& B);
// 1.03  Aᵀ                                                   (03_transpose.cpp)
Matrix my_transpose(const Matrix& A);
// 1.04  solve U x = b for upper-triangular U                 (04_back_substitution.cpp)
Vector back_substitution(const Matrix& U, const Vector& b);

}  // namespace mml::exercises
