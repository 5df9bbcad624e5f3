export { liveMesaIds, isPlenary, questionsOfMesa, mesaNames, splitNames } from './questions';
