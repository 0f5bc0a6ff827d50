// mml/linalg.hpp — unit 1, Linear Algebra: systems of equations, vector spaces, decompositions.
#pragma once

#include "mml/core.hpp"
#include "mml/linalg/cholesky.hpp"
#include "mml/linalg/eigen_sym.hpp"
#include "mml/linalg/eigenvalues.hpp"
#include "mml/linalg/inverse.hpp"
#include "mml/linalg/lu.hpp"
#include "mml/linalg/qr.hpp"
#include "mml/linalg/rref.hpp"
#include "mml/linalg/svd.hpp"
