// mml/calculus.hpp — unit 3, Calculus: derivatives, automatic differentiation, Taylor series, integration.
#pragma once

#include "mml/calculus/autodiff.hpp"
#include "mml/calculus/dual.hpp"
#include "mml/calculus/finite_difference.hpp"
#include "mml/calculus/integration.hpp"
#include "mml/calculus/matrix_calculus.hpp"
#include "mml/calculus/reverse.hpp"
#include "mml/calculus/taylor.hpp"
