// mml/optim.hpp — unit 4, Optimisation: gradient methods, Newton, SGD, convexity, constraints,
// linear and quadratic programming, barriers, duality and convex conjugates.
#pragma once

#include "mml/core.hpp"
#include "mml/optim/barrier.hpp"
#include "mml/optim/constrained.hpp"
#include "mml/optim/convex_conjugate.hpp"
#include "mml/optim/gradient_methods.hpp"
#include "mml/optim/lp_simplex.hpp"
#include "mml/optim/qp_active_set.hpp"
#include "mml/optim/stochastic.hpp"
