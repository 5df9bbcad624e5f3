import type { SameKeys } from '../same-keys';

/** Live sync on the venue network: the event's team panel and joining with a link (es default, en). */
const es = {
  sync: {
    title: 'Trabajo en equipo',
    intro:
      'Comparte este evento en la red del lugar: las demás personas que relatan o coordinan se unen con el enlace y todos ven las notas de todos al momento.',
    host: 'Compartir en la red',
    cannotHost:
      'Esta copia se abrió desde un enlace o una página web y no puede compartir en la red. Para compartir el evento, ábrelo en Relator instalado en tu computadora. Para unirte al evento que comparte otra persona, usa «Unirse con un enlace» en la lista de eventos.',
    hosting: 'Compartiendo en la red. Comparte este enlace o el código QR:',
    joined: 'Este evento se sincroniza con la copia que lo comparte.',
    link: 'Enlace para unirse',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado.',
    qr: 'Código QR del enlace para unirse',
    addresses: 'Direcciones de esta computadora en la red: {{list}}',
    noAddresses: 'Esta computadora no tiene red: solo se pueden unir copias abiertas en ella misma.',
    stop: 'Dejar de compartir',
    leave: 'Dejar de sincronizar',
    status: {
      connecting: 'Conectando…',
      connected_one: 'Conectado · solo tú por ahora',
      connected_other: 'Conectado · {{count}} personas conectadas',
      offline: 'Sin conexión: sigues trabajando y todo se sincroniza al volver.',
      waiting: 'Esperando el evento de la copia que lo comparte…',
    },
    failed: 'No se pudo activar la sincronización. {{reason}}',
    join: {
      title: 'Unirse con un enlace',
      label: 'Enlace que te compartieron',
      hint: 'Pégalo tal cual, por ejemplo http://192.168.1.20:4455/?join=…&code=…',
      submit: 'Unirse',
      invalid: 'Ese texto no es un enlace para unirse: cópialo completo desde la copia que comparte el evento.',
      joining: 'Te uniste. El evento aparece en la lista en cuanto llega.',
      offer: 'Te invitaron a trabajar en equipo en un evento. ¿Quieres unirte?',
      accept: 'Unirme',
      decline: 'Ahora no',
    },
  },
};

const en: SameKeys<typeof es> = {
  sync: {
    title: 'Teamwork',
    intro:
      "Share this event on the venue's network: the other rapporteurs and coordinators join with the link and everyone sees everyone's notes as they are written.",
    host: 'Share on the network',
    cannotHost:
      'This copy was opened from a link or a web page and cannot share on the network. To share the event, open it in the Relator installed on your computer. To join an event someone else shares, use “Join with a link” in the list of events.',
    hosting: 'Sharing on the network. Share this link or the QR code:',
    joined: 'This event is synced with the copy that shares it.',
    link: 'Link to join',
    copy: 'Copy link',
    copied: 'Link copied.',
    qr: 'QR code of the link to join',
    addresses: "This computer's network addresses: {{list}}",
    noAddresses: 'This computer has no network: only copies opened on it can join.',
    stop: 'Stop sharing',
    leave: 'Stop syncing',
    status: {
      connecting: 'Connecting…',
      connected_one: 'Connected · only you for now',
      connected_other: 'Connected · {{count}} people connected',
      offline: 'Offline: you keep working and everything syncs when you are back.',
      waiting: 'Waiting for the event from the copy that shares it…',
    },
    failed: 'Live sync could not be turned on. {{reason}}',
    join: {
      title: 'Join with a link',
      label: 'Link you were given',
      hint: 'Paste it as it is, e.g. http://192.168.1.20:4455/?join=…&code=…',
      submit: 'Join',
      invalid: 'That text is not a join link: copy it whole from the copy that shares the event.',
      joining: 'You joined. The event appears in the list as soon as it arrives.',
      offer: 'You were invited to work as a team on an event. Do you want to join?',
      accept: 'Join',
      decline: 'Not now',
    },
  },
};

export const syncCatalogue = { es, en };
