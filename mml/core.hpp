// mml/core.hpp — the foundation: Vector, Matrix, the matrix product, errors, comparisons, and the
// primitives every unit shares (dot and the scale-safe norm, triangular solves, Householder reflectors).
#pragma once

#include "mml/core/approx.hpp"
#include "mml/core/checks.hpp"
#include "mml/core/dot.hpp"
#include "mml/core/error.hpp"
#include "mml/core/householder.hpp"
#include "mml/core/matmul.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/simpson.hpp"
#include "mml/core/triangular.hpp"
#include "mml/core/vector.hpp"
