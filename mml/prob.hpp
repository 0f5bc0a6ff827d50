// mml/prob.hpp — unit 5, Probability: the random number generator, special functions,
// distributions, joint tables, Gaussians, change of variables and Monte Carlo.
#pragma once

#include "mml/core.hpp"
#include "mml/prob/conjugate.hpp"
#include "mml/prob/continuous.hpp"
#include "mml/prob/discrete.hpp"
#include "mml/prob/gaussian.hpp"
#include "mml/prob/joint.hpp"
#include "mml/prob/rng.hpp"
#include "mml/prob/special.hpp"
#include "mml/prob/transform.hpp"
