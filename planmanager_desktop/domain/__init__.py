"""Domain rules of PlanManager: activation, repairers, dossiers, plates. No Qt here."""
