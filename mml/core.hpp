// mml/core.hpp — the foundation: Vector, Matrix, the matrix product, errors, comparisons.
#pragma once

#include "mml/core/approx.hpp"
#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/core/matmul.hpp"
#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
