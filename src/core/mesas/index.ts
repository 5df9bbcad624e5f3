export { liveMesaIds, isPlenary, questionsOfMesa, mesaNames, splitNames } from './questions';
export { turnsOfMesa, chosenMesa, mesasNow, type MesaNow } from './turns';
