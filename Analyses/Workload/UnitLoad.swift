import PlanGraph
