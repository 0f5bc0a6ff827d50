// mml/optim.hpp — unit 4, Optimisation: gradient methods, Newton, SGD, convexity, constraints.
#pragma once

#include "mml/core.hpp"
#include "mml/optim/constrained.hpp"
#include "mml/optim/gradient_methods.hpp"
#include "mml/optim/stochastic.hpp"
